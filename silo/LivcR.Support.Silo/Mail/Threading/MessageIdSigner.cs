using System.Security.Cryptography;
using System.Text;
using LivcR.Support.Contracts.Tickets;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Threading;

/// <summary>
/// Makes the Message-IDs of the mail the system sends and recognises them again when a reply points at one
/// (<c>In-Reply-To</c>, <c>References</c>).
/// </summary>
/// <remarks>
/// <para>
/// Form: <c>{random}.{ticket}.{signature}@{domain}</c>, e.g.
/// <c>5f0c9e2a41d7b3086c1e4a9d.2026-00042.9b1f…(32 hex)@vvsg.be</c>; <c>{ticket}</c> is <c>0</c> for mail about no
/// ticket. The random part is 96 bits, the signature the first 128 bits of HMAC-SHA256 over the random part and the
/// ticket, in lower-case hex: only letters, digits, dots and dashes, so the id survives headers, URLs and mail programs
/// that change case.
/// </para>
/// <para>
/// The domain is not signed: changing the mail domain does not break the threading of mail already sent. A forged,
/// truncated or altered id, one signed with another secret, or one whose ticket number was changed is not ours and
/// yields no ticket. All nodes that send or read mail must share the secret (see <see cref="MessageIdOptions"/>).
/// </para>
/// </remarks>
public sealed class MessageIdSigner
{
    /// <summary>The shortest secret accepted, in bytes.</summary>
    public const int MinimumSecretBytes = 32;

    private const int RandomBytes = 12;
    private const int SignatureBytes = 16;
    private const string NoTicket = "0";
    private const int MaximumLength = 255;
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("livcr.message-id.v1\n");

    private readonly byte[] _secret;

    /// <summary>A signer with this secret, writing ids in this domain.</summary>
    /// <exception cref="ArgumentException">The secret is shorter than <see cref="MinimumSecretBytes"/> or the domain is not a host name.</exception>
    public MessageIdSigner(ReadOnlySpan<byte> secret, string domain)
    {
        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"The Message-ID secret must be at least {MinimumSecretBytes} bytes.", nameof(secret));
        }

        if (!IsHostName(domain))
        {
            throw new ArgumentException("The Message-ID domain must be a host name such as vvsg.be.", nameof(domain));
        }

        _secret = secret.ToArray();
        Domain = domain.ToLowerInvariant();
    }

    /// <summary>The domain after the <c>@</c> of every id this signer makes.</summary>
    public string Domain { get; }

    /// <summary>A new Message-ID, without angle brackets (as MimeKit's <c>MimeMessage.MessageId</c> wants it).</summary>
    /// <param name="ticket">The ticket the mail is about, or null.</param>
    public string Create(TicketNumber? ticket = null)
    {
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RandomBytes));
        var ticketPart = ticket?.ToString() ?? NoTicket;
        var signature = Convert.ToHexStringLower(Sign(random, ticketPart));
        return $"{random}.{ticketPart}.{signature}@{Domain}";
    }

    /// <summary>
    /// Checks an id from <c>Message-ID</c>, <c>In-Reply-To</c> or <c>References</c>, with or without angle brackets.
    /// </summary>
    /// <param name="messageId">The id as found in the header.</param>
    /// <param name="ticket">The ticket the id was made for; null when the id is not ours or was made for no ticket.</param>
    /// <returns>True only when the id was made with this secret and not changed since.</returns>
    public bool TryVerify(string? messageId, out TicketNumber? ticket)
    {
        ticket = null;
        if (string.IsNullOrWhiteSpace(messageId) || messageId.Length > MaximumLength)
        {
            return false;
        }

        var id = messageId.Trim();
        if (id.StartsWith('<') && id.EndsWith('>'))
        {
            id = id[1..^1];
        }

        var at = id.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var parts = id[..at].ToLowerInvariant().Split('.');
        if (parts.Length != 3 || !IsLowerHex(parts[0], RandomBytes * 2) || !IsLowerHex(parts[2], SignatureBytes * 2))
        {
            return false;
        }

        TicketNumber? number = null;
        if (parts[1] != NoTicket)
        {
            if (!TicketNumber.TryParse(parts[1], out var parsed))
            {
                return false;
            }

            number = parsed;
        }

        var expected = Sign(parts[0], parts[1]);
        var given = Convert.FromHexString(parts[2]);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return false;
        }

        ticket = number;
        return true;
    }

    /// <summary>
    /// The ticket of the first of our ids among a reply's references, looking at <c>In-Reply-To</c> first and then
    /// <c>References</c> from the newest (last) to the oldest. Ids that do not verify are skipped.
    /// </summary>
    public TicketNumber? FindTicket(string? inReplyTo, IEnumerable<string>? references)
    {
        IEnumerable<string?> candidates = [inReplyTo, .. (references ?? []).Reverse()];
        foreach (var id in candidates)
        {
            if (TryVerify(id, out var ticket) && ticket is not null)
            {
                return ticket;
            }
        }

        return null;
    }

    /// <summary>The ticket a message's <c>In-Reply-To</c> or <c>References</c> verifiably point at, if any.</summary>
    public TicketNumber? FindTicket(MimeMessage message) => FindTicket(message.InReplyTo, message.References);

    private byte[] Sign(string random, string ticketPart)
    {
        var data = new byte[Purpose.Length + random.Length + 1 + ticketPart.Length];
        Purpose.CopyTo(data, 0);
        Encoding.ASCII.GetBytes(random, data.AsSpan(Purpose.Length));
        data[Purpose.Length + random.Length] = (byte)'\n';
        Encoding.ASCII.GetBytes(ticketPart, data.AsSpan(Purpose.Length + random.Length + 1));
        return HMACSHA256.HashData(_secret, data)[..SignatureBytes];
    }

    private static bool IsLowerHex(string text, int length) =>
        text.Length == length && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static bool IsHostName(string? domain) =>
        !string.IsNullOrEmpty(domain) && domain.Length <= 253
        && domain.Split('.').All(label => label.Length is > 0 and <= 63
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && label[0] != '-' && label[^1] != '-');
}
