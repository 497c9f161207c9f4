using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Silo.Trainings;

/// <summary>The stored catalogue: trainings in order of creation and the latest summary of each session.</summary>
[GenerateSerializer]
[Alias("livcr.training-catalog-state")]
public sealed class TrainingCatalogState
{
    /// <summary>Trainings by id.</summary>
    [Id(0)]
    public Dictionary<string, TrainingInput> Trainings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Ids in order of creation.</summary>
    [Id(1)]
    public List<string> Order { get; set; } = [];

    /// <summary>Session summaries by session id.</summary>
    [Id(2)]
    public Dictionary<string, TrainingSessionSummary> Sessions { get; set; } = new(StringComparer.Ordinal);
}
