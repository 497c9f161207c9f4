using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>What an invitation code is for, shown before it is accepted (to whoever holds the code).</summary>
/// <param name="Settings">The platform or group.</param>
/// <param name="Invitation">The invitation.</param>
/// <param name="Expired">True when it can no longer be accepted.</param>
public sealed record InvitationPreview(CommunitySettings Settings, CommunityInvitation Invitation, bool Expired);
