namespace LivcR.Support.Contracts.Profiles;

/// <summary>One role of the LIVC-R and the organisation or service that fills it.</summary>
/// <param name="Kind">The role.</param>
/// <param name="Organisation">The organisation or service (e.g. "Lokale politie Gent", "Jeugddienst"); never a person's name.</param>
/// <param name="Note">A short remark, optional.</param>
[GenerateSerializer]
[Alias("livcr.livcr-role-filled")]
public sealed record LivcrRoleFilled(
    [property: Id(0)] LivcrRoleKind Kind,
    [property: Id(1)] string Organisation,
    [property: Id(2)] string? Note = null);
