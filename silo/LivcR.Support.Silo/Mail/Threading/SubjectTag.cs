using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Mail.Threading;

/// <summary>
/// The ticket tag in a mail subject, <c>[VVSG #2026-00042]</c>: written into every mail about a ticket and looked for in
/// every mail that comes in.
/// </summary>
/// <remarks>
/// A tag anywhere in the subject counts, whatever reply or forward prefixes (nl, fr, en, de) come before it, in any case
/// and with extra spaces. When a subject holds several tags the first one wins: mail programs put their prefixes and the
/// newest tag in front. A tag only says which ticket a mail claims to belong to; whether the sender may add to that
/// ticket is decided elsewhere.
/// </remarks>
public static partial class SubjectTag
{
    /// <summary>The word in front of the ticket number.</summary>
    public const string Label = "VVSG";

    /// <summary>The tag for a ticket, e.g. <c>[VVSG #2026-00042]</c>.</summary>
    public static string Format(TicketNumber number) => $"[{Label} #{number}]";

    /// <summary>
    /// The subject with the ticket's tag in front (<c>[VVSG #2026-00042] Vraag</c>); unchanged when that tag is already
    /// in it. Line breaks and runs of white space are reduced to single spaces.
    /// </summary>
    public static string Apply(string? subject, TicketNumber number)
    {
        var clean = Whitespace().Replace(subject ?? string.Empty, " ").Trim();
        if (TryFind(clean, out var present) && present == number)
        {
            return clean;
        }

        return clean.Length == 0 ? Format(number) : $"{Format(number)} {clean}";
    }

    /// <summary>Finds the first well-formed tag in a subject.</summary>
    /// <returns>False when the subject holds no tag with a valid ticket number.</returns>
    public static bool TryFind([NotNullWhen(true)] string? subject, out TicketNumber number)
    {
        number = default;
        if (string.IsNullOrEmpty(subject))
        {
            return false;
        }

        foreach (Match match in Tag().Matches(subject))
        {
            var text = string.Concat(match.Groups["number"].Value.Where(c => !char.IsWhiteSpace(c)));
            if (TicketNumber.TryParse(text, out number))
            {
                return true;
            }
        }

        number = default;
        return false;
    }

    /// <summary>
    /// The subject without leading reply and forward prefixes (<c>Re:</c>, <c>RE :</c>, <c>Antw:</c>, <c>Aw:</c>,
    /// <c>Réf :</c>, <c>Fwd:</c>, <c>Fw:</c>, <c>Doorst:</c>, <c>TR:</c>, <c>WG:</c>, <c>Re[2]:</c>, repeated, any case).
    /// </summary>
    public static string StripPrefixes(string? subject)
    {
        var text = Whitespace().Replace((subject ?? string.Empty).Normalize(NormalizationForm.FormC), " ").Trim();
        return ReplyPrefixes().Replace(text, string.Empty).Trim();
    }

    /// <summary>
    /// The subject as a person wrote it: without reply and forward prefixes and without ticket tags, e.g.
    /// <c>Antw: [VVSG #2026-00042] Re: Vraag</c> → <c>Vraag</c>.
    /// </summary>
    public static string Clean(string? subject)
    {
        var text = StripPrefixes(subject);
        string previous;
        do
        {
            previous = text;
            text = StripPrefixes(Tag().Replace(text, " "));
        }
        while (text != previous);

        return text;
    }

    [GeneratedRegex(@"\[\s*VVSG\s*#\s*(?<number>\d{4}\s*-\s*\d{5,9})\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    // One or more prefixes: a known word, an optional counter ("Re[2]", "Re(2)", "Re^2"), optional spaces, a colon
    // (ASCII or full-width). "Réf." and "Ref." also appear with a dot before the colon.
    [GeneratedRegex(
        @"^(?:\s*(?:re|aw|antw|antwoord|wg|fw|fwd|doorst|tr|réf|ref)\.?\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]\s*)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReplyPrefixes();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
