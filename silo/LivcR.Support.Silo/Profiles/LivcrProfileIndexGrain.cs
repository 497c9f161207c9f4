using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.Profiles;

/// <summary>One province's overview of LIVC-R profiles (key: province key).</summary>
public sealed class LivcrProfileIndexGrain(
    [PersistentState(stateName: "livcr-profile-index", storageName: StorageNames.Support)] IPersistentState<LivcrProfileIndexState> index)
    : Grain, ILivcrProfileIndexGrain
{
    /// <inheritdoc/>
    public async Task RecordAsync(LivcrProfileSummary summary)
    {
        if (index.State.Profiles.TryGetValue(summary.NisCode, out var known) && known.Version >= summary.Version)
        {
            return;
        }

        index.State.Profiles[summary.NisCode] = summary;
        await index.WriteStateAsync();
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<LivcrProfileSummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<LivcrProfileSummary>>([.. index.State.Profiles.Values]);
}
