namespace LivcR.Support.Client;

/// <summary>The directory: municipalities and provincial platforms (any signed-in caller).</summary>
public sealed partial class SupportClient
{
    /// <summary>The Flemish municipalities, optionally only those of one province.</summary>
    public Task<IReadOnlyList<Municipality>> MunicipalitiesAsync(Province? province = null, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<Municipality>>(Documents.GetMunicipalities, "municipalities", new { province }, cancellationToken);

    /// <summary>One municipality by NIS code; <see cref="SupportErrorCodes.NotFound"/> when unknown.</summary>
    public Task<Municipality> GetMunicipalityAsync(string nisCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nisCode);
        return RunAsync<Municipality>(Documents.GetMunicipality, "municipality", new { nisCode }, cancellationToken);
    }

    /// <summary>The five provincial platforms with their municipalities.</summary>
    public Task<IReadOnlyList<ProvincialPlatform>> ProvincialPlatformsAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<ProvincialPlatform>>(Documents.GetProvincialPlatforms, "provincialPlatforms", null, cancellationToken);
}
