namespace LivcR.Support.Contracts.Trainings;

/// <summary>Where a registration stands.</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum RegistrationStatus
{
    /// <summary>Has a seat.</summary>
    Confirmed = 1,

    /// <summary>On the waitlist; promoted first come, first served when a seat frees up.</summary>
    Waitlisted = 2,

    /// <summary>Cancelled.</summary>
    Cancelled = 3,
}
