namespace LivcR.Support.Client;

/// <summary>An open invitation to a platform or group (schema type <c>NetworkInvitation</c>); the code only goes to the invitee's mailbox.</summary>
/// <param name="Email">Invitee's address.</param>
/// <param name="Name">Invitee's name.</param>
/// <param name="MunicipalityNisCode">Invitee's municipality, if any.</param>
/// <param name="Role">Role on acceptance.</param>
/// <param name="InvitedBy">Who invited (email address).</param>
/// <param name="InvitedAt">When.</param>
/// <param name="ExpiresAt">Valid until.</param>
public sealed record NetworkInvitation(
    string Email,
    string Name,
    string? MunicipalityNisCode,
    MemberRole Role,
    string InvitedBy,
    DateTimeOffset InvitedAt,
    DateTimeOffset ExpiresAt);
