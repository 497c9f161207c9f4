using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Contracts.People;

/// <summary>A person known to the system.</summary>
/// <param name="Email">The normalised address (the person's key).</param>
/// <param name="Name">Full name.</param>
/// <param name="Roles">Roles with their scopes.</param>
/// <param name="MailLanguage">The language the person gets mail in (Dutch unless chosen otherwise).</param>
/// <param name="Undeliverable">Set after a permanent bounce; shown to staff and admins only.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.person-view")]
public sealed record PersonView(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<RoleGrant> Roles,
    [property: Id(3)] MailLanguage MailLanguage = MailLanguage.Nl,
    [property: Id(4)] MailUndeliverable? Undeliverable = null);
