using System.Globalization;
using System.Text;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Silo.Network;

/// <summary>
/// Writes an iCalendar (RFC 5545) invitation or cancellation (iTIP, RFC 5546) for one event: CRLF line ends, lines
/// folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, times in UTC.
/// </summary>
public static class ICalendarWriter
{
    /// <summary>The calendar text. <paramref name="cancel"/> writes METHOD:CANCEL with STATUS:CANCELLED.</summary>
    public static string Write(CalendarEvent e, DateTimeOffset stamp, bool cancel = false)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//VVSG//LivcR.Support//NL",
            "CALSCALE:GREGORIAN",
            cancel ? "METHOD:CANCEL" : "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:" + Escape(e.Uid),
            "DTSTAMP:" + Utc(stamp),
            "DTSTART:" + Utc(e.Start),
            "DTEND:" + Utc(e.End),
            "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture),
            "SUMMARY:" + Escape(e.Summary),
        };
        if (!string.IsNullOrWhiteSpace(e.Description))
        {
            lines.Add("DESCRIPTION:" + Escape(e.Description));
        }

        if (!string.IsNullOrWhiteSpace(e.Location))
        {
            lines.Add("LOCATION:" + Escape(e.Location));
        }

        lines.Add($"ORGANIZER;CN={Parameter(e.OrganizerName)}:mailto:{e.OrganizerEmail}");
        lines.Add($"ATTENDEE;CN={Parameter(e.AttendeeName)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{e.AttendeeEmail}");
        lines.Add(cancel ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return text.ToString();
    }

    /// <summary>The event as a mail attachment (<c>text/calendar</c> with the iTIP method).</summary>
    public static OutboundAttachment Attachment(CalendarEvent e, DateTimeOffset stamp, bool cancel = false) => new(
        cancel ? "annulering.ics" : "uitnodiging.ics",
        $"text/calendar; charset=utf-8; method={(cancel ? "CANCEL" : "REQUEST")}",
        Encoding.UTF8.GetBytes(Write(e, stamp, cancel)));

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Parameter(string value)
    {
        var clean = new string(value.Where(c => c != '"' && !char.IsControl(c)).ToArray());
        return clean.IndexOfAny([':', ';', ',']) >= 0 ? "\"" + clean + "\"" : clean;
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Appends the content line folded at 75 octets (continuations start with one space), ending in CRLF.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        text.Append("\r\n");
    }
}
