using MimeKit;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// The key that makes an incoming mail recognisable when it is read again (after a crash) or delivered twice, and tells
/// it apart from a different mail that carries the same Message-ID.
/// </summary>
/// <remarks>
/// <para>
/// The pair (Message-ID, <see cref="MailFingerprint"/>) written as one string: the Message-ID as MimeKit gives it
/// (without angle brackets), a space, the fingerprint (<c>abc@gent.be sha256:…</c>). A mail without Message-ID, or with
/// one longer than <see cref="MaximumMessageIdLength"/> characters (not something a mail program makes), keys on the
/// fingerprint alone, so the key always fits the 600 characters the tables allow.
/// </para>
/// <para>
/// Before fingerprints, a mail with a Message-ID was keyed on that id alone, one without on an older hash
/// (<see cref="LegacyFor"/>); rows and ticket state written then still carry such keys, and the intake recognises a mail
/// read again across the upgrade by them.
/// </para>
/// </remarks>
public static class MailDedupeKey
{
    /// <summary>Longest Message-ID that is part of a key.</summary>
    public const int MaximumMessageIdLength = 500;

    /// <summary>The key of this message.</summary>
    public static string For(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var fingerprint = MailFingerprint.Of(message);
        return MessageIdOf(message) is { } messageId ? $"{messageId} {fingerprint}" : fingerprint;
    }

    /// <summary>The Message-ID the key is built on (trimmed, without angle brackets); null when it has none or an absurdly long one.</summary>
    public static string? MessageIdOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageId = message.MessageId?.Trim();
        return string.IsNullOrEmpty(messageId) || messageId.Length > MaximumMessageIdLength ? null : messageId;
    }

    /// <summary>
    /// The key this message had before keys carried a fingerprint: its Message-ID alone, or — without one, or with an
    /// absurdly long one — the hash over its headers and its body as sent (still transfer-encoded) used then.
    /// </summary>
    public static string LegacyFor(MimeMessage message) => MessageIdOf(message) ?? MailFingerprint.LegacyOf(message);
}
