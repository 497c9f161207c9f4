using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Silo.Trainings;

/// <summary>Seats and the waitlist: a seat while there is one, else the waitlist; freed seats go to the waitlist first come, first served.</summary>
public static class WaitlistRules
{
    /// <summary>The status a new registration gets.</summary>
    public static RegistrationStatus Place(IReadOnlyList<TrainingRegistration> registrations, int capacity) =>
        registrations.Count(r => r.Status == RegistrationStatus.Confirmed) < capacity ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;

    /// <summary>Gives free seats to the earliest waitlisted registrations; returns who was promoted.</summary>
    public static IReadOnlyList<TrainingRegistration> Promote(List<TrainingRegistration> registrations, int capacity, DateTimeOffset now)
    {
        var promoted = new List<TrainingRegistration>();
        var free = capacity - registrations.Count(r => r.Status == RegistrationStatus.Confirmed);
        foreach (var waiting in registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.RegisteredAt).Take(Math.Max(0, free)).ToList())
        {
            var seat = waiting with { Status = RegistrationStatus.Confirmed, ChangedAt = now };
            registrations[registrations.IndexOf(waiting)] = seat;
            promoted.Add(seat);
        }

        return promoted;
    }

    /// <summary>1-based place on the waitlist, or null when not waitlisted.</summary>
    public static int? Position(IReadOnlyList<TrainingRegistration> registrations, string email)
    {
        var waiting = registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.RegisteredAt).ToList();
        var index = waiting.FindIndex(r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + 1;
    }
}
