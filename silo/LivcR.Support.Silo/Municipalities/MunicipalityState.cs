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

    /// <summary>The email domains mail from this municipality comes from, normalised and sorted (see <see cref="EmailDomainRules"/>).</summary>
    [Id(1)]
    public List<string> EmailDomains { get; set; } = [];
}
