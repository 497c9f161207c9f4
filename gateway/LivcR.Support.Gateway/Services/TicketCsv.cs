using System.Globalization;
using System.Text;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Services;

/// <summary>
/// Writes ticket lists as CSV the way Excel in nl-BE opens them: UTF-8 with BOM, semicolons, CRLF, fields quoted when
/// needed, times in Europe/Brussels as "yyyy-MM-dd HH:mm"; values in Dutch like the headers (status, priority, category
/// label, province name; see <see cref="TicketLabels"/>).
/// </summary>
public static class TicketCsv
{
    /// <summary>The header line's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["Ticket", "Onderwerp", "Status", "Prioriteit", "Categorie", "NIS-code", "Gemeente", "Provincie", "Toegewezen aan", "Labels", "Ingediend", "Gewijzigd", "Vervalt", "SLA overschreden"];

    /// <summary>The UTF-8 encoding with BOM used for the file.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the header and one line per ticket; <paramref name="categoryLabel"/> gives a category key's label.</summary>
    public static async Task WriteAsync(
        TextWriter writer, IAsyncEnumerable<TicketSummary> tickets, Func<string, string> municipalityName, Func<string, string> categoryLabel, TimeZoneInfo zone)
    {
        await writer.WriteAsync(Line(Columns));
        await foreach (var t in tickets)
        {
            await writer.WriteAsync(Line([
                t.Number, t.Subject, TicketLabels.Status(t.Status), TicketLabels.Priority(t.Priority), t.Category is { } category ? categoryLabel(category) : string.Empty,
                t.MunicipalityNisCode, municipalityName(t.MunicipalityNisCode), TicketLabels.Province(t.Province), t.AssigneeEmail ?? string.Empty, string.Join(", ", t.Tags),
                Time(t.CreatedAt, zone), Time(t.UpdatedAt, zone), t.DueAt is { } due ? Time(due, zone) : string.Empty, t.SlaBreached ? "ja" : "nee",
            ]));
        }
    }

    /// <summary>One CSV line with CRLF.</summary>
    public static string Line(IEnumerable<string> fields) => string.Join(";", fields.Select(Field)) + "\r\n";

    private static string Field(string value)
    {
        // A leading =, +, - or @ would be read as a formula by spreadsheets.
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static string Time(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
