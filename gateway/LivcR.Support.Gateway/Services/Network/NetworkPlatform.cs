using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>A provincial platform as one caller may see it: the inside (members, meetings) only for its managers and members.</summary>
public sealed record NetworkPlatform(
    Province Province,
    CommunitySettings Settings,
    IReadOnlyList<MunicipalityInfo> Represented,
    IReadOnlyList<MunicipalityInfo> NotRepresented,
    bool IsMember,
    bool CanManage,
    IReadOnlyList<CommunityMember>? Members,
    IReadOnlyList<Meeting>? Meetings,
    IReadOnlyList<CommunityInvitation>? Invitations);
