using System.Text.RegularExpressions;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Separates what a person wrote in a reply from the earlier mail their mail program quoted below it.
/// </summary>
/// <remarks>
/// <para>
/// The history starts at the first of: an Outlook separator (<c>-----Oorspronkelijk bericht-----</c>,
/// <c>-----Original Message-----</c>, <c>-----Message d'origine-----</c>, <c>-----Ursprüngliche Nachricht-----</c>); an
/// Outlook header block (<c>Van:</c>/<c>From:</c>/<c>De :</c>/<c>Von:</c> followed within a few lines by a sent or date
/// line and a subject line, e.g. <c>Verzonden:</c>, <c>Aan:</c>, <c>Onderwerp:</c>), together with a line of underscores
/// just above it; an attribution line (<c>Op … schreef …:</c>, <c>Le … a écrit :</c>, <c>On … wrote:</c>,
/// <c>Am … schrieb …:</c>, with a time of day or an address in it, also when wrapped over two lines); or a block of <c>&gt;</c> lines that runs to the end.
/// </para>
/// <para>
/// Quoted lines between a person's own lines (answers written in between) are kept: only a quote that runs to the end
/// counts as history. When nothing would be left of the reply (a bare forward), the whole text is the reply.
/// </para>
/// </remarks>
public static partial class QuoteStripper
{
    private const int HeaderBlockLines = 7;

    /// <summary>Splits a plain-text body into the reply and the quoted history (empty when there is none).</summary>
    public static QuoteSplit Split(string? text)
    {
        var normalised = (text ?? string.Empty).ReplaceLineEndings("\n");
        var lines = normalised.Split('\n');
        var cut = FindHistoryStart(lines);
        if (cut is null)
        {
            return new QuoteSplit(normalised.Trim(), string.Empty);
        }

        var reply = string.Join('\n', lines[..cut.Value]).TrimEnd();
        if (reply.Trim().Length == 0)
        {
            return new QuoteSplit(normalised.Trim(), string.Empty);
        }

        return new QuoteSplit(reply.Trim('\n'), string.Join('\n', lines[cut.Value..]).Trim());
    }

    /// <summary>The reply without its quoted history.</summary>
    public static string Strip(string? text) => Split(text).Reply;

    private static int? FindHistoryStart(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (OriginalMessageSeparator().IsMatch(line))
            {
                return i;
            }

            if (IsHeaderBlock(lines, i))
            {
                return i > 0 && Underscores().IsMatch(lines[i - 1].Trim()) ? i - 1 : i;
            }

            if (IsAttribution(line) || (i + 1 < lines.Length && !line.StartsWith('>') && IsAttribution($"{line} {lines[i + 1].Trim()}")))
            {
                return i;
            }

            if (line.StartsWith('>') && QuoteRunsToTheEnd(lines, i))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsHeaderBlock(string[] lines, int start)
    {
        if (!FromHeader().IsMatch(lines[start].Trim()))
        {
            return false;
        }

        var end = Math.Min(lines.Length, start + HeaderBlockLines);
        var sent = false;
        var subject = false;
        for (var i = start + 1; i < end; i++)
        {
            var line = lines[i].Trim();
            sent |= SentHeader().IsMatch(line);
            subject |= SubjectHeader().IsMatch(line);
        }

        return sent && subject;
    }

    // A sentence like "Op school schreef een leerling:" is not an attribution: mail programs always put a time or an
    // address in theirs.
    private static bool IsAttribution(string line) =>
        Attribution().IsMatch(line) && (line.Contains('@', StringComparison.Ordinal) || TimeOfDay().IsMatch(line));

    private static bool QuoteRunsToTheEnd(string[] lines, int start)
    {
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('>'))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(
        @"^-{2,}\s*(?:oorspronkelijk\s+bericht|origineel\s+bericht|original\s+message|message\s+d'origine|message\s+original|urspr(?:ü|ue)ngliche\s+nachricht|forwarded\s+message|doorgestuurd\s+bericht|message\s+transf[ée]r[ée])\s*-{2,}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OriginalMessageSeparator();

    [GeneratedRegex(@"^\*?(?:van|from|de|von)\s?\*?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^\*?(?:verzonden|sent|envoy[ée]|gesendet|datum|date|verstuurd)\s?\*?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentHeader();

    [GeneratedRegex(@"^\*?(?:onderwerp|subject|objet|betreff)\s?\*?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"^_{10,}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Underscores();

    [GeneratedRegex(
        @"^(?:op\s.{4,200}\sschreef\s.{0,200}:|op\s.{4,200}\sheeft\s.{1,200}\shet\svolgende\sgeschreven\s?:|le\s.{4,200}\sa\s[ée]crit\s?:|on\s.{4,200}\swrote\s?:|am\s.{4,200}\sschrieb\s.{0,200}:)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\b\d{1,2}[:.h]\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeOfDay();
}
