namespace LivcR.Support.Client;

/// <summary>What an invitation code is for, before it is accepted (schema type <c>NetworkInvitationPreview</c>); no addresses.</summary>
/// <param name="CommunityName">Name of the platform or group.</param>
/// <param name="Kind">A platform or the kind of group.</param>
/// <param name="Province">The platform's province; null for a group.</param>
/// <param name="Description">What the platform or group is for.</param>
/// <param name="InviteeName">Whom the invitation is for.</param>
/// <param name="Role">Role on acceptance.</param>
/// <param name="ExpiresAt">Valid until.</param>
/// <param name="Expired">True when it expired: <see cref="SupportClient.AcceptNetworkInvitationAsync"/> would answer CONFLICT.</param>
public sealed record NetworkInvitationPreview(
    string CommunityName,
    CommunityKind Kind,
    Province? Province,
    string Description,
    string InviteeName,
    MemberRole Role,
    DateTimeOffset ExpiresAt,
    bool Expired);
