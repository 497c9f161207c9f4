namespace LivcR.Support.Contracts.Trainings;

/// <summary>A session with all its registrations (in order of registration); the gateway filters them per caller.</summary>
[GenerateSerializer]
[Alias("livcr.training-session-view")]
public sealed record TrainingSessionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string TrainingId,
    [property: Id(2)] string TrainingTitle,
    [property: Id(3)] TrainingSessionInput Details,
    [property: Id(4)] IReadOnlyList<TrainingRegistration> Registrations)
{
    /// <summary>The catalogue's summary of this session.</summary>
    public TrainingSessionSummary Summary() => new(
        Id, TrainingId, Details,
        Registrations.Count(r => r.Status == RegistrationStatus.Confirmed),
        Registrations.Count(r => r.Status == RegistrationStatus.Waitlisted),
        Registrations.Any(r => r.Attended is not null) ? Registrations.Count(r => r.Attended == true) : null);
}
