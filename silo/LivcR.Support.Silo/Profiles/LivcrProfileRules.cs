using System.Globalization;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.Profiles;

/// <summary>
/// The rules of a LIVC-R profile: what a valid profile is, and how an edit reads in the history. Roles are filled by
/// organisations, never by persons: a role's organisation or note that holds an email address or a long number
/// (a phone or national register number) is refused.
/// </summary>
public static class LivcrProfileRules
{
    /// <summary>Most history entries kept per municipality.</summary>
    public const int MaxHistory = 200;

    /// <summary>Most roles in a profile.</summary>
    public const int MaxRoles = 30;

    /// <summary>Most contacts in a profile.</summary>
    public const int MaxContacts = 20;

    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The profile of a municipality nobody edited yet.</summary>
    public static LivcrProfileView Empty(string nisCode) =>
        new(nisCode, LivcrStatus.NotStarted, null, null, [], [], null, null, 0, null, null);

    /// <summary>The profile after the update, one version up; throws BAD_USER_INPUT naming the field, or CONFLICT on a stale version.</summary>
    public static LivcrProfileView Apply(LivcrProfileView current, LivcrProfileUpdate update, string by, DateTimeOffset now, Func<string, bool> municipalityExists)
    {
        if (update.ExpectedVersion is { } expected && expected != current.Version)
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Het profiel werd intussen aangepast (versie {current.Version}); laad het opnieuw.");
        }

        if (!Enum.IsDefined(update.Status))
        {
            throw SupportException.BadInput("status", "Onbekende status.");
        }

        if (update.CoachingTrack is { } track && !Enum.IsDefined(track))
        {
            throw SupportException.BadInput("coachingTrack", "Onbekend coachingstraject.");
        }

        var shared = string.IsNullOrWhiteSpace(update.SharedWithNisCode) ? null : update.SharedWithNisCode.Trim();
        if (update.Status == LivcrStatus.SharedWith)
        {
            if (shared is null || shared == current.NisCode || !municipalityExists(shared))
            {
                throw SupportException.BadInput("sharedWithNisCode", "Kies de andere gemeente (NIS-code) waarmee de LIVC-R gedeeld wordt.");
            }
        }
        else if (shared is not null)
        {
            throw SupportException.BadInput("sharedWithNisCode", "Een gedeelde gemeente hoort enkel bij de status SHARED_WITH.");
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Brussels).DateTime);
        return current with
        {
            Status = update.Status,
            SharedWithNisCode = shared,
            CoachingTrack = update.CoachingTrack,
            Roles = Roles(update.Roles),
            Contacts = Contacts(update.Contacts),
            LastOperationalMeeting = MeetingDate("lastOperationalMeeting", update.LastOperationalMeeting, today),
            LastStrategicMeeting = MeetingDate("lastStrategicMeeting", update.LastStrategicMeeting, today),
            Version = current.Version + 1,
            UpdatedAt = now,
            UpdatedBy = by,
        };
    }

    /// <summary>What changed, in Dutch sentences for the history; empty when nothing did.</summary>
    public static IReadOnlyList<string> Describe(LivcrProfileView before, LivcrProfileView after, Func<string, string> municipalityName)
    {
        var changes = new List<string>();
        if (before.Status != after.Status || before.SharedWithNisCode != after.SharedWithNisCode)
        {
            changes.Add($"Status: {StatusText(before, municipalityName)} → {StatusText(after, municipalityName)}");
        }

        if (before.CoachingTrack != after.CoachingTrack)
        {
            changes.Add($"Coachingstraject: {TrackName(before.CoachingTrack)} → {TrackName(after.CoachingTrack)}");
        }

        if (!before.Roles.SequenceEqual(after.Roles))
        {
            changes.Add($"Rollen: {string.Join(", ", after.Roles.Select(r => $"{RoleName(r.Kind)} ({r.Organisation})").DefaultIfEmpty("geen"))}");
        }

        if (!before.Contacts.SequenceEqual(after.Contacts))
        {
            changes.Add($"Contactpersonen: {after.Contacts.Count}");
        }

        if (before.LastOperationalMeeting != after.LastOperationalMeeting)
        {
            changes.Add($"Laatste operationeel overleg: {DateText(after.LastOperationalMeeting)}");
        }

        if (before.LastStrategicMeeting != after.LastStrategicMeeting)
        {
            changes.Add($"Laatste strategisch overleg: {DateText(after.LastStrategicMeeting)}");
        }

        return changes;
    }

    /// <summary>The Dutch name of a status.</summary>
    public static string StatusName(LivcrStatus status) => status switch
    {
        LivcrStatus.NotStarted => "Niet gestart",
        LivcrStatus.Starting => "Opstartend",
        LivcrStatus.Active => "Actief",
        LivcrStatus.Dormant => "Slapend",
        LivcrStatus.SharedWith => "Gedeeld",
        _ => status.ToString(),
    };

    /// <summary>The Dutch name of a role.</summary>
    public static string RoleName(LivcrRoleKind kind) => kind switch
    {
        LivcrRoleKind.Mayor => "Burgemeester",
        LivcrRoleKind.InformationOfficer => "Informatieambtenaar",
        LivcrRoleKind.Coordinator => "LIVC-R-coördinator",
        LivcrRoleKind.SociopreventivePartner => "Socio-preventieve partner",
        _ => "Andere rol",
    };

    /// <summary>True when a text holds what looks like a person's contact details or identity number.</summary>
    public static bool LooksPersonal(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (c == '@')
            {
                return true;
            }

            digits = char.IsAsciiDigit(c) ? digits + 1 : c is ' ' or '.' or '-' or '/' ? digits : 0;
            if (digits >= 6)
            {
                return true;
            }
        }

        return false;
    }

    private static List<LivcrRoleFilled> Roles(IReadOnlyList<LivcrRoleFilled>? roles)
    {
        if (roles is { Count: > MaxRoles })
        {
            throw SupportException.BadInput("roles", $"Hoogstens {MaxRoles} rollen.");
        }

        return (roles ?? []).Select(r =>
        {
            var organisation = Text("roles", r.Organisation, 1, 120, "De organisatie van een rol is 1 tot 120 tekens lang.");
            var note = string.IsNullOrWhiteSpace(r.Note) ? null : Text("roles", r.Note, 1, 200, "Een opmerking bij een rol is hoogstens 200 tekens lang.");
            if (!Enum.IsDefined(r.Kind))
            {
                throw SupportException.BadInput("roles", "Onbekende rol.");
            }

            if (LooksPersonal(organisation) || (note is not null && LooksPersonal(note)))
            {
                throw SupportException.BadInput("roles", "Rollen worden ingevuld met een organisatie of dienst, zonder namen, e-mailadressen of nummers van personen.");
            }

            return new LivcrRoleFilled(r.Kind, organisation, note);
        }).ToList();
    }

    private static List<LivcrContact> Contacts(IReadOnlyList<LivcrContact>? contacts)
    {
        if (contacts is { Count: > MaxContacts })
        {
            throw SupportException.BadInput("contacts", $"Hoogstens {MaxContacts} contactpersonen.");
        }

        return (contacts ?? []).Select(c =>
        {
            var name = Text("contacts", c.Name, 1, 100, "De naam van een contactpersoon is 1 tot 100 tekens lang.");
            var function = Text("contacts", c.Function, 1, 100, "De functie van een contactpersoon is 1 tot 100 tekens lang.");
            string? email = null;
            if (!string.IsNullOrWhiteSpace(c.Email))
            {
                email = EmailAddressRule.Normalise(c.Email) ?? throw SupportException.BadInput("contacts", $"'{c.Email.Trim()}' is geen geldig e-mailadres.");
            }

            var phone = string.IsNullOrWhiteSpace(c.Phone) ? null : c.Phone.Trim();
            if (phone is not null && (phone.Length is < 6 or > 30 || !phone.All(ch => char.IsAsciiDigit(ch) || " +./()-".Contains(ch, StringComparison.Ordinal))))
            {
                throw SupportException.BadInput("contacts", $"'{phone}' is geen telefoonnummer.");
            }

            return new LivcrContact(name, function, email, phone);
        }).ToList();
    }

    private static DateOnly? MeetingDate(string field, DateOnly? date, DateOnly today)
    {
        if (date is { } d && (d > today || d.Year < 2000))
        {
            throw SupportException.BadInput(field, "Een vergaderdatum ligt tussen 2000 en vandaag.");
        }

        return date;
    }

    private static string Text(string field, string? value, int min, int max, string message)
    {
        var text = value?.Trim() ?? string.Empty;
        return text.Length < min || text.Length > max || text.Any(char.IsControl) ? throw SupportException.BadInput(field, message) : text;
    }

    private static string StatusText(LivcrProfileView profile, Func<string, string> municipalityName) =>
        profile.SharedWithNisCode is { } shared ? $"{StatusName(profile.Status)} met {municipalityName(shared)}" : StatusName(profile.Status);

    private static string TrackName(CoachingTrack? track) => track switch
    {
        CoachingTrack.Start => "Opstart",
        CoachingTrack.Reactivate => "Heractivering",
        CoachingTrack.Optimise => "Optimalisering",
        CoachingTrack.Monitor => "Opvolging",
        _ => "geen",
    };

    private static string DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "geen";
}
