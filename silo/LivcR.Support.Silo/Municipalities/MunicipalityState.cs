using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Silo.Municipalities;

/// <summary>The stored state of a municipality.</summary>
[GenerateSerializer]
[Alias("livcr.municipality-state")]
public sealed class MunicipalityState
{
    /// <summary>Reference data; null for a NIS code that was never seeded.</summary>
    [Id(0)]
    public MunicipalityInfo? Info { get; set; }
}
