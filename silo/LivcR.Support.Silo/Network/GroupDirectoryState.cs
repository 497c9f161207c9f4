using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Silo.Network;

/// <summary>The stored list of groups.</summary>
[GenerateSerializer]
[Alias("livcr.group-directory-state")]
public sealed class GroupDirectoryState
{
    /// <summary>Summary per slug.</summary>
    [Id(0)]
    public Dictionary<string, GroupSummary> Groups { get; set; } = new(StringComparer.Ordinal);
}
