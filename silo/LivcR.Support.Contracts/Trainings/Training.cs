namespace LivcR.Support.Contracts.Trainings;

/// <summary>A training of the catalogue with its sessions.</summary>
[GenerateSerializer]
[Alias("livcr.training")]
public sealed record Training(
    [property: Id(0)] string Id,
    [property: Id(1)] TrainingInput Details,
    [property: Id(2)] IReadOnlyList<TrainingSessionSummary> Sessions);
