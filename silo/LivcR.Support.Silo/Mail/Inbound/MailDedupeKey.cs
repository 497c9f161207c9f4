using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// The key that makes an incoming mail recognisable when it is read again (after a crash) or delivered twice.
/// </summary>
/// <remarks>
/// The Message-ID when the mail has one (MimeKit's form, without angle brackets). Otherwise <c>sha256:</c> and the hex
/// SHA-256 over the headers that describe the mail itself (From, Sender, Reply-To, To, Cc, Date, Subject, In-Reply-To,
/// References, Content-Type) and the body as sent, with line ends normalised. Trace headers that each delivery adds
/// (Received, Return-Path, Delivered-To, spam scores) are left out, so the same mail delivered twice gets the same key.
/// A Message-ID longer than 500 characters is hashed too, so the key stays short enough to store and index.
/// </remarks>
public static class MailDedupeKey
{
    private const int MaximumMessageIdLength = 500;

    private static readonly HeaderId[] DescribingHeaders =
    [
        HeaderId.From, HeaderId.Sender, HeaderId.ReplyTo, HeaderId.To, HeaderId.Cc, HeaderId.Date, HeaderId.Subject,
        HeaderId.InReplyTo, HeaderId.References, HeaderId.ContentType,
    ];

    /// <summary>The key of this message.</summary>
    public static string For(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageId = message.MessageId?.Trim();
        if (!string.IsNullOrEmpty(messageId) && messageId.Length <= MaximumMessageIdLength)
        {
            return messageId;
        }

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

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
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
