namespace LivcR.Support.Contracts.Network;

/// <summary>Someone asks to join a group, with a motivation; staff approve or decline.</summary>
[GenerateSerializer]
[Alias("livcr.join-request")]
public sealed record JoinRequest(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] string? MunicipalityNisCode,
    [property: Id(3)] string Motivation,
    [property: Id(4)] DateTimeOffset RequestedAt);
