using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Contracts.Platforms;

/// <summary>The provincial platform of one province, keyed by <see cref="Provinces.Key"/>.</summary>
[Alias("livcr.provincial-platform")]
public interface IProvincialPlatformGrain : IGrainWithStringKey
{
    /// <summary>The platform, or null before it was seeded.</summary>
    [Alias("get")]
    Task<ProvincialPlatformInfo?> GetAsync();

    /// <summary>Records the province's municipalities; writes only when something changed.</summary>
    /// <returns>True when the stored state changed.</returns>
    [Alias("seed")]
    Task<bool> SeedAsync(Province province, IReadOnlyList<MunicipalityInfo> municipalities);
}
