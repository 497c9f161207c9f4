using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Silo.Municipalities;

/// <summary>The reference list in memory: the province of a NIS code, without a grain call.</summary>
public sealed class MunicipalityDirectory
{
    private readonly Dictionary<string, MunicipalityInfo> _byNis = MunicipalityCsv.LoadEmbedded().ToDictionary(m => m.NisCode, StringComparer.Ordinal);

    /// <summary>All municipalities.</summary>
    public IReadOnlyCollection<MunicipalityInfo> All => _byNis.Values;

    /// <summary>The municipality, or null.</summary>
    public MunicipalityInfo? Find(string nisCode) => _byNis.GetValueOrDefault(nisCode);

    /// <summary>The municipality's name, or the code itself when it is not a Flemish municipality.</summary>
    public string NameOf(string nisCode) => Find(nisCode)?.Name ?? nisCode;

    /// <summary>The province key ("oost-vlaanderen") of a municipality; "onbekend" for an unknown code.</summary>
    public string ProvinceKey(string nisCode) => Find(nisCode) is { } m ? Provinces.Key(m.Province) : "onbekend";
}
