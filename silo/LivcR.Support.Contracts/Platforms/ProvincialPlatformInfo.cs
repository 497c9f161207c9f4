using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Contracts.Platforms;

/// <summary>A provincial platform and the municipalities of its province.</summary>
[GenerateSerializer]
[Alias("livcr.provincial-platform-info")]
public sealed record ProvincialPlatformInfo(
    [property: Id(0)] Province Province,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<MunicipalityInfo> Municipalities);
