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
/// Reply-To, To, Cc, Date, Subject, In-Reply-To, References and Content-Type (each occurrence as
/// <c>name:value</c>, the name in lower case, the value as sent with folding and runs of white space made one space),
/// then the body as sent — every MIME part with its own headers and its content still transfer-encoded — with carriage
/// returns left out.
/// </para>
/// <para>
/// Left out on purpose: the Message-ID (the dedupe key pairs the two, see <see cref="MailDedupeKey"/>) and everything a
/// mail system adds or rewrites on the way or on a second delivery (Received, Return-Path, Delivered-To,
/// X-Original-To, DKIM and ARC signatures, spam scores, any other header). So the same mail read again, or delivered
/// twice through other servers, has the same fingerprint; a mail whose sender, recipients, date, subject, threading or
/// any byte of its text or attachments differs has another one. A server that re-encodes the body on the way
/// (8bit to quoted-printable) makes a second delivery look like another mail: it then becomes an entry of its own,
/// marked as carrying a reused Message-ID — shown twice rather than lost.
/// </para>
/// <para>This is the hash the dedupe key of a mail without Message-ID always was, so those keys did not change.</para>
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
        foreach (var id in DescribingHeaders)
        {
            foreach (var header in message.Headers.Where(h => h.Id == id))
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{header.Field.ToLowerInvariant()}:{Unfold(header.Value)}\n"));
            }
        }

        hash.AppendData("\n"u8);
        if (message.Body is not null)
        {
            using var body = new MemoryStream();
            message.Body.WriteTo(body);
            hash.AppendData(WithoutCarriageReturns(body.GetBuffer().AsSpan(0, (int)body.Length)));
        }

        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Unfold(string value) => string.Join(' ', value.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

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
