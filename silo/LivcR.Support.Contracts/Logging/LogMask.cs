using System.Text;

namespace LivcR.Support.Contracts.Logging;

/// <summary>
/// What a log line may say about a person: an address masked to its first and last letter and its domain
/// (<c>c…r@gent.example</c>), enough to tell two people of a municipality apart in an incident, not to write to them.
/// </summary>
public static class LogMask
{
    /// <summary>A masked address; an empty or unusable value becomes "(geen)" or "…".</summary>
    public static string Email(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "(geen)";
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return "…";
        }

        var local = address[..at];
        return (local.Length == 1 ? local + "…" : $"{local[0]}…{local[^1]}") + address[at..];
    }

    /// <summary>A free text (an SMTP server's answer, a reason) with every address in it masked; one pass, no regular expression.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('@', StringComparison.Ordinal))
        {
            return text ?? string.Empty;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var at = text.IndexOf('@', i);
            if (at < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            var start = at;
            while (start > i && IsAddressChar(text[start - 1]))
            {
                start--;
            }

            if (start == at)
            {
                // No local part: a lone '@', never the start of an address to mask.
                result.Append(text, i, at + 1 - i);
                i = at + 1;
                continue;
            }

            var end = at + 1;
            while (end < text.Length && IsAddressChar(text[end]))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] == '.')
            {
                end--;
            }

            result.Append(text, i, start - i);
            result.Append(end > at + 1 ? Email(text[start..end]) : text[start..end]);
            i = end;
        }

        return result.ToString();
    }

    private static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+';
}
