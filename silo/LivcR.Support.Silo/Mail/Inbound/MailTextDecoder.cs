using System.Text;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>Decodes a text part to a string the way mail programs do, also when the declared charset is wrong.</summary>
/// <remarks>
/// The transfer encoding (quoted-printable, base64) is undone first. ISO-8859-1 and US-ASCII are read as Windows-1252,
/// their superset (as browsers do): Outlook labels Windows-1252 text (€, curly quotes) as ISO-8859-1. Text without a
/// charset, or with an unknown one, is read as UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise; text
/// labelled UTF-8 that is not valid UTF-8 is read as Windows-1252 too.
/// </remarks>
public static class MailTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static MailTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of the part; empty when it has no content.</summary>
    public static string Decode(TextPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Content is null)
        {
            return string.Empty;
        }

        using var bytes = new MemoryStream();
        part.Content.DecodeTo(bytes);
        return Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), part.ContentType.Charset);
    }

    /// <summary>Bytes in a declared charset (or none) to text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        var text = DecodeRaw(bytes, charset?.Trim().Trim('"').ToLowerInvariant());
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static string DecodeRaw(ReadOnlySpan<byte> bytes, string? charset)
    {
        switch (charset)
        {
            case null or "" or "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return TryUtf8(bytes) ?? Windows1252.GetString(bytes);
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or "windows-1252" or "cp1252":
                return Windows1252.GetString(bytes);
        }

        Encoding? encoding;
        try
        {
            encoding = Encoding.GetEncoding(charset);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            encoding = null;
        }

        return encoding is null ? TryUtf8(bytes) ?? Windows1252.GetString(bytes) : encoding.GetString(bytes);
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static string? TryUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
