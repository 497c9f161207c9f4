using LivcR.Support.Contracts.Network;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.Network;

/// <summary>The list of groups (key "groups"); each group sends its summary after a change.</summary>
public sealed class GroupDirectoryGrain(
    [PersistentState(stateName: "group-directory", storageName: StorageNames.Support)] IPersistentState<GroupDirectoryState> directory)
    : Grain, IGroupDirectoryGrain
{
    /// <inheritdoc/>
    public async Task RecordAsync(GroupSummary summary)
    {
        if (directory.State.Groups.TryGetValue(summary.Slug, out var known) && known == summary)
        {
            return;
        }

        directory.State.Groups[summary.Slug] = summary;
        await directory.WriteStateAsync();
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<GroupSummary>> ListAsync() => Task.FromResult<IReadOnlyList<GroupSummary>>(
        [.. directory.State.Groups.Values.OrderBy(g => g.Settings.Kind).ThenBy(g => g.Settings.Name, StringComparer.CurrentCultureIgnoreCase)]);
}
