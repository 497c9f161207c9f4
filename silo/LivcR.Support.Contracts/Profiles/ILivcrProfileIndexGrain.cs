namespace LivcR.Support.Contracts.Profiles;

/// <summary>The staff overview of the LIVC-R profiles of one province (key: province key), fed by the profile grains.</summary>
/// <remarks>Partitioned by province, like the platforms, so no single registry grain is hot.</remarks>
[Alias("livcr.livcr-profile-index")]
public interface ILivcrProfileIndexGrain : IGrainWithStringKey
{
    /// <summary>Records a profile's latest summary; an older version than the one known is ignored.</summary>
    [Alias("record")]
    Task RecordAsync(LivcrProfileSummary summary);

    /// <summary>The summaries of the profiles that were ever edited.</summary>
    [Alias("list")]
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<LivcrProfileSummary>> ListAsync();
}
