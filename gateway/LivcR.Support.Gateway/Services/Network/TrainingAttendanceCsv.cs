using System.Globalization;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>
/// The attendance list of a session as CSV, with the conventions of the ticket export (<see cref="TicketCsv"/>): UTF-8
/// with BOM, semicolons, CRLF, quoting and formula-safe cells, times in Europe/Brussels.
/// </summary>
public static class TrainingAttendanceCsv
{
    /// <summary>The header line's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Naam", "E-mail", "NIS-code", "Gemeente", "Inschrijving", "Ingeschreven op", "Ingeschreven door", "Aanwezig"];

    /// <summary>The whole file: a line with the session, the header, then every registration (cancelled ones last).</summary>
    public static string Write(TrainingSessionView session, Func<string, string> municipalityName, TimeZoneInfo zone)
    {
        var text = new System.Text.StringBuilder();
        text.Append(TicketCsv.Line([session.TrainingTitle, Time(session.Details.StartsAt, zone), session.Details.Place ?? session.Details.OnlineLink ?? string.Empty]));
        text.Append(TicketCsv.Line(Columns));
        foreach (var r in session.Registrations.OrderBy(r => r.Status).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            text.Append(TicketCsv.Line([
                r.Name, r.Email, r.MunicipalityNisCode, municipalityName(r.MunicipalityNisCode), Status(r.Status),
                Time(r.RegisteredAt, zone), r.RegisteredBy, r.Attended switch { true => "ja", false => "nee", null => string.Empty },
            ]));
        }

        return text.ToString();
    }

    private static string Status(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => "bevestigd",
        RegistrationStatus.Waitlisted => "wachtlijst",
        _ => "geannuleerd",
    };

    private static string Time(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
