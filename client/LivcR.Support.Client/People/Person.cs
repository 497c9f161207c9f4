namespace LivcR.Support.Client;

/// <summary>A person who may sign in (schema type <c>Person</c>).</summary>
/// <param name="Email">Email address, the person's key.</param>
/// <param name="Name">Full name.</param>
/// <param name="Roles">Roles with their scopes.</param>
/// <param name="Municipalities">The municipalities this person works for (MUNICIPAL roles).</param>
/// <param name="OrganisedProvinces">The provinces whose platform this person organises (ORGANISER roles).</param>
/// <param name="MailLanguage">The language this person gets mail in.</param>
/// <param name="Undeliverable">Shown to staff and admins when mail to this person bounced permanently; otherwise null.</param>
public sealed record Person(
    string Email,
    string Name,
    IReadOnlyList<RoleGrant> Roles,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Province>? OrganisedProvinces,
    MailLanguage MailLanguage,
    MailUndeliverable? Undeliverable);
