using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Silo.Platforms;

/// <summary>The stored state of a provincial platform.</summary>
[GenerateSerializer]
[Alias("livcr.provincial-platform-state")]
public sealed class ProvincialPlatformState
{
    /// <summary>The province; null before seeding.</summary>
    [Id(0)]
    public Province? Province { get; set; }

    /// <summary>The municipalities of the province, sorted by name.</summary>
    [Id(1)]
    public List<MunicipalityInfo> Municipalities { get; set; } = [];
}
