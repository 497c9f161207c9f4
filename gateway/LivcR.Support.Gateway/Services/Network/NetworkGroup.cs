using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>A group as one caller may see it: non-members see the description (and their own request), members the inside, staff everything.</summary>
public sealed record NetworkGroup(
    string Slug,
    CommunitySettings Settings,
    int MemberCount,
    bool IsMember,
    bool CanManage,
    JoinRequest? MyRequest,
    IReadOnlyList<CommunityMember>? Members,
    IReadOnlyList<Meeting>? Meetings,
    IReadOnlyList<CommunityInvitation>? Invitations,
    IReadOnlyList<JoinRequest>? JoinRequests);
