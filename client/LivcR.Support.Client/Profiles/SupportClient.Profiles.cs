namespace LivcR.Support.Client;

/// <summary>LIVC-R profiles of the municipalities (network support).</summary>
public sealed partial class SupportClient
{
    /// <summary>
    /// A municipality's LIVC-R profile with its history: staff, the municipality's own users and the organisers of its
    /// province; <see cref="SupportErrorCodes.NotFound"/> for anyone else (existence is not revealed).
    /// </summary>
    public Task<LivcrProfile> GetLivcrProfileAsync(string nisCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nisCode);
        return RunAsync<LivcrProfile>(Documents.GetLivcrProfile, "livcrProfile", new { nisCode }, cancellationToken);
    }

    /// <summary>Staff: every municipality's LIVC-R, optionally of one province and status (a profile never edited is <see cref="LivcrStatus.NotStarted"/>).</summary>
    public Task<IReadOnlyList<LivcrProfileSummary>> LivcrProfilesAsync(Province? province = null, LivcrStatus? status = null, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<LivcrProfileSummary>>(Documents.GetLivcrProfiles, "livcrProfiles", new { province, status }, cancellationToken);

    /// <summary>Staff: how many municipalities have each LIVC-R status, optionally in one province.</summary>
    public Task<IReadOnlyList<LivcrStatusCount>> LivcrStatusCountsAsync(Province? province = null, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<LivcrStatusCount>>(Documents.GetLivcrStatusCounts, "livcrStatusCounts", new { province }, cancellationToken);

    /// <summary>
    /// Staff or the municipality's own users: replaces the whole LIVC-R profile (see <see cref="LivcrProfileInput"/>); the
    /// change is kept in its history. <see cref="SupportErrorCodes.Conflict"/> for a stale
    /// <see cref="LivcrProfileInput.ExpectedVersion"/>, <see cref="SupportErrorCodes.BadUserInput"/> naming the field
    /// (e.g. <c>roles</c> holding a person's name), <see cref="SupportErrorCodes.Forbidden"/> for another municipality.
    /// </summary>
    public Task<LivcrProfile> UpdateLivcrProfileAsync(string nisCode, LivcrProfileInput profile, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nisCode);
        ArgumentNullException.ThrowIfNull(profile);
        return RunAsync<LivcrProfile>(Documents.UpdateLivcrProfile, "updateLivcrProfile", new { nisCode, input = profile }, cancellationToken);
    }
}
