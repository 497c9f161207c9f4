namespace LivcR.Support.Contracts.Trainings;

/// <summary>A session as the catalogue shows it: when, where, seats and how many are taken (fill rate).</summary>
[GenerateSerializer]
[Alias("livcr.training-session-summary")]
public sealed record TrainingSessionSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string TrainingId,
    [property: Id(2)] TrainingSessionInput Details,
    [property: Id(3)] int Confirmed,
    [property: Id(4)] int Waitlisted,
    [property: Id(5)] int? Attended)
{
    /// <summary>Confirmed seats as a share of the capacity (0 to 1).</summary>
    public double FillRate => Details.Capacity == 0 ? 0 : Math.Min(1.0, (double)Confirmed / Details.Capacity);
}
