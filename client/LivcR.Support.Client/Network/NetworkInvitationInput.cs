namespace LivcR.Support.Client;

/// <summary>Whom to invite to a platform or group (schema input <c>NetworkInvitationInput</c>); the invitee gets a mail with a link and a code.</summary>
/// <param name="Email">Email address.</param>
/// <param name="Name">Name.</param>
/// <param name="MunicipalityNisCode">Municipality; required for a platform (one of its province).</param>
/// <param name="Role">Role on acceptance; null for <see cref="MemberRole.Member"/>.</param>
/// <param name="ClientRequestId">
/// Idempotency key (1-100 characters); the client makes one when null. The same key within 24 hours returns the open
/// invitation without inviting or mailing again.
/// </param>
public sealed record NetworkInvitationInput(string Email, string Name, string? MunicipalityNisCode = null, MemberRole? Role = null, string? ClientRequestId = null);
