using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// What makes one mail this mail and not another that carries the same Message-ID: a SHA-256 over the headers that
/// describe it and its content.
/// </summary>
/// <remarks>
/// <para>
/// <c>sha256:</c> and 64 lower-case hex digits, over, in this order whatever their order in the mail: From, Sender,
/// Reply-To, To, Cc, Date, Subject, In-Reply-To, References and Content-Type (each occurrence as <c>name:value</c>, the
/// name in lower case, the value as sent with folding and runs of white space made one space); then the MIME tree: per
/// part its type, charset, file name, disposition and Content-ID and its content <em>decoded</em> (text without carriage
/// returns and without the line ends it closes with); an attached mail by the same rules, its Message-ID included.
/// </para>
/// <para>
/// Left out on purpose: the Message-ID (the dedupe key pairs the two, see <see cref="MailDedupeKey"/>), the
/// Content-Transfer-Encoding (a server or client that turns 8bit into quoted-printable or base64 on the way changes
/// nothing that was written), multipart boundaries, and everything a mail system adds on the way or on a second delivery
/// (Received, Return-Path, Delivered-To, X-Original-To, DKIM and ARC signatures, spam scores, any other header). So the
/// same mail read again, or delivered twice through other servers, has the same fingerprint; a mail whose sender,
/// recipients, date, subject, threading, text or attachments differ in any character or byte has another one.
/// </para>
/// </remarks>
public static class MailFingerprint
{
    /// <summary>The prefix of every fingerprint.</summary>
    public const string Prefix = "sha256:";

    /// <summary>Length of a fingerprint in characters.</summary>
    public const int Length = 71;

    private static readonly HeaderId[] DescribingHeaders =
    [
        HeaderId.From, HeaderId.Sender, HeaderId.ReplyTo, HeaderId.To, HeaderId.Cc, HeaderId.Date, HeaderId.Subject,
        HeaderId.InReplyTo, HeaderId.References, HeaderId.ContentType,
    ];

    /// <summary>The fingerprint of this message.</summary>
    public static string Of(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendMessage(hash, message, withMessageId: false);
        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The hash keys of mails without Message-ID had before this fingerprint: the same headers, then the body as sent,
    /// still transfer-encoded. Only to recognise mail recorded under such a key (see <see cref="MailDedupeKey.LegacyFor"/>).
    /// </summary>
    internal static string LegacyOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendHeaders(hash, message, withMessageId: false);
        if (message.Body is not null)
        {
            using var body = new MemoryStream();
            message.Body.WriteTo(body);
            hash.AppendData(WithoutCarriageReturns(body.GetBuffer().AsSpan(0, (int)body.Length)));
        }

        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendMessage(IncrementalHash hash, MimeMessage message, bool withMessageId)
    {
        AppendHeaders(hash, message, withMessageId);
        if (message.Body is not null)
        {
            AppendEntity(hash, message.Body);
        }
    }

    private static void AppendHeaders(IncrementalHash hash, MimeMessage message, bool withMessageId)
    {
        foreach (var id in withMessageId ? [.. DescribingHeaders, HeaderId.MessageId] : DescribingHeaders)
        {
            foreach (var header in message.Headers.Where(h => h.Id == id))
            {
                Append(hash, $"{header.Field.ToLowerInvariant()}:{Unfold(header.Value)}\n");
            }
        }

        Append(hash, "\n");
    }

    private static void AppendEntity(IncrementalHash hash, MimeEntity entity)
    {
        switch (entity)
        {
            case Multipart multipart:
                Append(hash, $"multipart/{multipart.ContentType.MediaSubtype.ToLowerInvariant()}\n");
                foreach (var child in multipart)
                {
                    AppendEntity(hash, child);
                }

                Append(hash, "end\n");
                break;
            case MessagePart attached:
                Append(hash, "message\n");
                if (attached.Message is { } inner)
                {
                    AppendMessage(hash, inner, withMessageId: true);
                }

                Append(hash, "end\n");
                break;
            case MimePart part:
                Append(hash, $"part:{part.ContentType.MimeType.ToLowerInvariant()};{part.ContentType.Charset?.ToLowerInvariant()};{part.FileName};{part.ContentDisposition?.Disposition?.ToLowerInvariant()};{part.ContentId}\n");
                using (var content = new MemoryStream())
                {
                    part.Content?.DecodeTo(content);
                    var bytes = content.GetBuffer().AsSpan(0, (int)content.Length);
                    var data = part.ContentType.IsMimeType("text", "*") ? WithoutTrailingLineEnds(WithoutCarriageReturns(bytes)) : bytes.ToArray();
                    Append(hash, $"{data.Length}\n");
                    hash.AppendData(data);
                }

                Append(hash, "\n");
                break;
            default:
                using (var other = new MemoryStream())
                {
                    entity.WriteTo(other);
                    hash.AppendData(WithoutCarriageReturns(other.GetBuffer().AsSpan(0, (int)other.Length)));
                }

                break;
        }
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    private static string Unfold(string value) => string.Join(' ', value.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    // Whether a mail ends in a line end depends on how it was stored or passed on (IMAP APPEND, SMTP DATA), not on what
    // was written.
    private static byte[] WithoutTrailingLineEnds(byte[] text)
    {
        var length = text.Length;
        while (length > 0 && text[length - 1] == (byte)'\n')
        {
            length--;
        }

        return text[..length];
    }

    private static byte[] WithoutCarriageReturns(ReadOnlySpan<byte> bytes)
    {
        var result = new byte[bytes.Length];
        var length = 0;
        foreach (var b in bytes)
        {
            if (b != (byte)'\r')
            {
                result[length++] = b;
            }
        }

        return result[..length];
    }
}
