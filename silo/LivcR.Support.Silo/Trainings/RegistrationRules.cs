using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Network;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.Trainings;

/// <summary>Registering, cancelling and attendance of one session. Who may act for which municipality is decided before (see <c>NetworkAccessPolicy</c>).</summary>
public static class RegistrationRules
{
    /// <summary>Adds a registration (seat or waitlist). CONFLICT after the deadline or when already registered.</summary>
    public static TrainingRegistration Register(List<TrainingRegistration> registrations, TrainingSessionInput session, RegistrationInput input, string by, DateTimeOffset now)
    {
        var email = EmailAddressRule.Normalise(input.Email)?.ToLowerInvariant() ?? throw SupportException.BadInput("email", "Dit is geen geldig e-mailadres.");
        var name = MembershipRules.Text("name", input.Name, 1, 100, "De naam is 1 tot 100 tekens lang.", singleLine: true);
        if (now > session.RegistrationDeadline)
        {
            throw new SupportException(SupportErrorCode.Conflict, "De inschrijvingen voor deze sessie zijn afgesloten.");
        }

        var existing = registrations.FirstOrDefault(r => r.Email == email);
        if (existing is { Status: not RegistrationStatus.Cancelled })
        {
            throw new SupportException(SupportErrorCode.Conflict, "Deze persoon is al ingeschreven voor deze sessie.");
        }

        if (existing is not null)
        {
            registrations.Remove(existing);
        }

        var registration = new TrainingRegistration(email, name, input.MunicipalityNisCode.Trim(), by, now, WaitlistRules.Place(registrations, session.Capacity), null, now);
        registrations.Add(registration);
        return registration;
    }

    /// <summary>Cancels until the deadline; returns the cancelled registration and who moved up from the waitlist.</summary>
    public static (TrainingRegistration Cancelled, IReadOnlyList<TrainingRegistration> Promoted) Cancel(
        List<TrainingRegistration> registrations, TrainingSessionInput session, string email, DateTimeOffset now)
    {
        var registration = Active(registrations, email);
        if (now > session.RegistrationDeadline)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Annuleren kan tot de inschrijvingsdeadline; neem contact op met VVSG.");
        }

        var cancelled = registration with { Status = RegistrationStatus.Cancelled, ChangedAt = now };
        registrations[registrations.IndexOf(registration)] = cancelled;
        return (cancelled, WaitlistRules.Promote(registrations, session.Capacity, now));
    }

    /// <summary>The active (confirmed or waitlisted) registration of this address; NOT_FOUND otherwise.</summary>
    public static TrainingRegistration Active(IReadOnlyList<TrainingRegistration> registrations, string email) =>
        registrations.FirstOrDefault(r => string.Equals(r.Email, email.Trim(), StringComparison.OrdinalIgnoreCase) && r.Status != RegistrationStatus.Cancelled)
        ?? throw SupportException.NotFound("Deze persoon is niet ingeschreven voor deze sessie.");

    /// <summary>Marks every confirmed participant present or absent, once the session has started.</summary>
    public static void RecordAttendance(List<TrainingRegistration> registrations, TrainingSessionInput session, IReadOnlyList<string> present, DateTimeOffset now)
    {
        if (now < session.StartsAt)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Aanwezigheden worden genoteerd vanaf het begin van de sessie.");
        }

        var emails = present.Select(p => p.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var unknown = emails.FirstOrDefault(e => !registrations.Any(r => r.Email == e && r.Status == RegistrationStatus.Confirmed));
        if (unknown is not null)
        {
            throw SupportException.BadInput("present", $"{unknown} heeft geen bevestigde inschrijving.");
        }

        for (var i = 0; i < registrations.Count; i++)
        {
            if (registrations[i].Status == RegistrationStatus.Confirmed)
            {
                registrations[i] = registrations[i] with { Attended = emails.Contains(registrations[i].Email) };
            }
        }
    }
}
