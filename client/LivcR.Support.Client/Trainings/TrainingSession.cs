namespace LivcR.Support.Client;

/// <summary>A training session with registrations (schema type <c>TrainingSession</c>): staff see all, municipal users their municipality's.</summary>
/// <param name="Id">Session id.</param>
/// <param name="TrainingId">Training id.</param>
/// <param name="TrainingTitle">Training title.</param>
/// <param name="Summary">When, where, seats, deadline, price.</param>
/// <param name="WaitlistPosition">Your place on the waitlist (1 is next), if you are on it.</param>
/// <param name="Registrations">The registrations you may see, in order of registration.</param>
public sealed record TrainingSession(
    string Id,
    string TrainingId,
    string TrainingTitle,
    TrainingSessionSummary Summary,
    int? WaitlistPosition,
    IReadOnlyList<TrainingRegistration> Registrations);
