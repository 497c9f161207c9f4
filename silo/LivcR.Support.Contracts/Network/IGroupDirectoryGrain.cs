namespace LivcR.Support.Contracts.Network;

/// <summary>The list of groups (key: "groups"), kept up to date by the group communities themselves.</summary>
[Alias("livcr.group-directory")]
public interface IGroupDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a group's summary (creates or replaces).</summary>
    [Alias("record")]
    Task RecordAsync(GroupSummary summary);

    /// <summary>All groups by name.</summary>
    [Alias("list")]
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<GroupSummary>> ListAsync();
}
