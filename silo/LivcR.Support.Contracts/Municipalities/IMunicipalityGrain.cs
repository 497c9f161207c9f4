namespace LivcR.Support.Contracts.Municipalities;

/// <summary>One Flemish municipality, keyed by its five-digit NIS code.</summary>
[Alias("livcr.municipality")]
public interface IMunicipalityGrain : IGrainWithStringKey
{
    /// <summary>The municipality, or null when the NIS code is not a known Flemish municipality.</summary>
    [Alias("get")]
    Task<MunicipalityInfo?> GetAsync();

    /// <summary>Records the reference data (name, province, postal code); writes only when something changed.</summary>
    /// <returns>True when the stored state changed.</returns>
    [Alias("seed")]
    Task<bool> SeedAsync(MunicipalityInfo reference);
}
