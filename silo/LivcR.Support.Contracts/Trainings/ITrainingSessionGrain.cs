using LivcR.Support.Contracts.Access;

namespace LivcR.Support.Contracts.Trainings;

/// <summary>
/// One session of a training (key: session id): seats, registration deadline, registrations and the waitlist. The grain
/// handles one call at a time, so of many registrations for the last seat exactly one gets it; the others go on the waitlist.
/// </summary>
[Alias("livcr.training-session")]
public interface ITrainingSessionGrain : IGrainWithStringKey
{
    /// <summary>The session, or null when it was never scheduled.</summary>
    [Alias("get")]
    Task<TrainingSessionView?> GetAsync();

    /// <summary>Schedules the session of a training (staff); CONFLICT when it exists already.</summary>
    [Alias("schedule")]
    Task<TrainingSessionView> ScheduleAsync(Actor actor, string trainingId, string trainingTitle, TrainingSessionInput input);

    /// <summary>Registers the caller or a colleague of their municipality; a seat when one is free, else the waitlist. Mailed with an iCalendar file.</summary>
    /// <remarks>CONFLICT after the deadline or when the person is registered already; FORBIDDEN for another municipality.</remarks>
    [Alias("register")]
    Task<TrainingRegistration> RegisterAsync(Actor actor, RegistrationInput input);

    /// <summary>Cancels a registration until the deadline; the first on the waitlist gets the seat and is mailed.</summary>
    [Alias("cancel")]
    Task<TrainingRegistration> CancelAsync(Actor actor, string email);

    /// <summary>After the start (staff): who of the confirmed participants attended; the others are marked absent.</summary>
    [Alias("attendance")]
    Task<TrainingSessionView> RecordAttendanceAsync(Actor actor, IReadOnlyList<string> present);

    /// <summary>Erasure of a person (GDPR art. 17): their registration stays, without their name and address.</summary>
    [Alias("erase-person")]
    Task<bool> ErasePersonAsync(string email);
}
