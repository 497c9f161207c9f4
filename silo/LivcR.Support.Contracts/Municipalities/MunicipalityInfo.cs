namespace LivcR.Support.Contracts.Municipalities;

/// <summary>What the system knows of one municipality.</summary>
[GenerateSerializer]
[Immutable]
[Alias("livcr.municipality-info")]
public sealed record MunicipalityInfo(
    [property: Id(0)] string NisCode,
    [property: Id(1)] string Name,
    [property: Id(2)] Province Province,
    [property: Id(3)] string? PostalCode);
