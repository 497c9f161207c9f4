namespace LivcR.Support.Contracts.People;

/// <summary>A person known to the system.</summary>
[GenerateSerializer]
[Immutable]
[Alias("livcr.person-view")]
public sealed record PersonView(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<RoleGrant> Roles);
