using System.Text.RegularExpressions;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Decodes RFC 2047 encoded-words leniently, as mail programs show them: base64 with missing or extra padding
/// (<c>=?NONE?B?VEVTVA=?=</c> is "TEST", where a strict decoder loses the last letter), unknown charsets read like a
/// text part without one (<see cref="MailTextDecoder"/>), whitespace between adjacent encoded-words dropped.
/// </summary>
public static partial class EncodedWords
{
    /// <summary>The header's value decoded; the decoder's own value when it holds no encoded-word.</summary>
    public static string? Value(MimeMessage message, HeaderId id)
    {
        ArgumentNullException.ThrowIfNull(message);
        var header = message.Headers.FirstOrDefault(h => h.Id == id);
        if (header is null)
        {
            return null;
        }

        var raw = MailTextDecoder.Decode(header.RawValue, null);
        return raw.Contains("=?", StringComparison.Ordinal) ? Decode(raw) : header.Value;
    }

    /// <summary>A raw (folded, encoded) header value as text.</summary>
    public static string Decode(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var unfolded = raw.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        // Whitespace between two encoded-words is not part of the text (RFC 2047, section 6.2).
        var joined = BetweenWords().Replace(unfolded, "?==?");
        return Word().Replace(joined, m => DecodeWord(m.Groups["charset"].Value, m.Groups["encoding"].Value, m.Groups["text"].Value) ?? m.Value).Trim();
    }

    private static string? DecodeWord(string charset, string encoding, string text)
    {
        try
        {
            var bytes = encoding is "B" or "b" ? Base64(text) : QuotedPrintable(text);
            // RFC 2231 allows a language after the charset: utf-8*nl.
            return MailTextDecoder.Decode(bytes, charset.Split('*')[0]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[] Base64(string text)
    {
        var letters = new string([.. text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/')]);
        if (letters.Length % 4 == 1)
        {
            letters = letters[..^1];
        }

        return Convert.FromBase64String(letters.PadRight((letters.Length + 3) / 4 * 4, '='));
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_')
            {
                bytes.Add((byte)' ');
            }
            else if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"=\?(?<charset>[^?\s]+)\?(?<encoding>[BbQq])\?(?<text>[^?\s]*)\?=", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"\?=[ \t]+=\?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BetweenWords();
}
