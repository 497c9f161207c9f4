using System.Text.RegularExpressions;
using LivcR.Support.Silo.Mail.Threading;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Recognises mail written by a machine in answer to another: RFC 3834 <c>Auto-Submitted</c>, <c>Precedence: auto_reply</c>,
/// the X-Autoreply family and out-of-office subjects (nl, fr, en, de).
/// </summary>
/// <remarks>
/// Out-of-office subjects are only recognised at the start of the subject (after reply prefixes), the way mail
/// programs write them, so a person's question about, say, absence from school ("Afwezigheid leerlingen") is not
/// mistaken for one. The words that also occur in ordinary sentences ("Afwezig", "Absent", "Absence") only count when
/// followed by a colon, a dash, a bracket, the end of the subject or a date word ("tot", "until", "jusqu'au", …).
/// Mailing-list, bulk and newsletter mail (<c>List-Id</c>, <c>Precedence: bulk</c>, …) is not automatic: it may hold a
/// question, so it is taken in without an acknowledgement (<see cref="RobotSenderRules"/>).
/// </remarks>
public static partial class AutomaticMailRules
{
    /// <summary>The first sign that the mail is automatic, with the header or phrase that showed it; null for a person's mail.</summary>
    public static (AutomaticMailReason Reason, string Detail)? Find(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = message.Headers;

        foreach (var value in headers.Where(h => h.Id == HeaderId.AutoSubmitted).Select(h => h.Value))
        {
            var token = value.Split(';')[0].Trim();
            if (token.Length > 0 && !token.Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                return (AutomaticMailReason.AutoSubmitted, $"Auto-Submitted: {token.ToLowerInvariant()}");
            }
        }

        foreach (var value in headers.Where(h => h.Field.Equals("Precedence", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value.Trim()))
        {
            if (value.ToLowerInvariant() is "auto_reply")
            {
                return (AutomaticMailReason.Precedence, $"Precedence: {value.ToLowerInvariant()}");
            }
        }

        foreach (var field in (string[])["X-Autoreply", "X-Autorespond"])
        {
            var value = headers[field];
            if (value is not null && !IsNegative(value))
            {
                return (AutomaticMailReason.AutoReplyHeader, field);
            }
        }

        if (!string.IsNullOrWhiteSpace(headers["X-Auto-Response-Suppress"]))
        {
            return (AutomaticMailReason.AutoResponseSuppress, "X-Auto-Response-Suppress");
        }

        var phrase = OutOfOfficePhrase(message.Subject);
        return phrase is null ? null : (AutomaticMailReason.OutOfOfficeSubject, phrase);
    }

    /// <summary>The out-of-office phrase a subject starts with (after reply prefixes), or null.</summary>
    public static string? OutOfOfficePhrase(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var text = SubjectTag.StripPrefixes(subject);
        var match = OutOfOffice().Match(text);
        if (!match.Success)
        {
            match = AmbiguousAbsence().Match(text);
        }

        return match.Success ? match.Groups["phrase"].Value : null;
    }

    private static bool IsNegative(string value) =>
        value.Trim().ToLowerInvariant() is "no" or "false" or "0";

    // Phrases only mail programs put at the start of a subject.
    [GeneratedRegex(
        @"^(?<phrase>automatisch(?:e)?\s+(?:antwoord|bericht|reactie)|afwezigheids(?:melding|bericht|assistent)|niet\s+op\s+kantoor|"
        + @"out\s+of\s+(?:the\s+)?office(?!\s+hours)|automatic\s+(?:reply|response)|auto[-\s]?(?:reply|response|responder)|autoreply|autoresponse|"
        + @"r[ée]ponse\s+automatique|absent(?:e|\(e\))?\s+du\s+bureau|message\s+d'absence|"
        + @"abwesenheits(?:notiz|nachricht)|automatische\s+antwort)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OutOfOffice();

    // Words that also start ordinary subjects: only with a colon, dash, bracket, the end, or a date word after them.
    [GeneratedRegex(
        @"^(?<phrase>afwezig|absent(?:e|\(e\))?|absence|abwesend|ooo)(?=\s*(?:$|[:\-–—(\[|,]|(?:tot|t/m|vanaf|van|until|till|from|to|jusqu|du|le|au|bis|ab)\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AmbiguousAbsence();
}
