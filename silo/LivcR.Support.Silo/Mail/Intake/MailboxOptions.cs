using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>One IMAP mailbox read into tickets (an item of <c>Mail:Mailboxes</c>).</summary>
/// <remarks>
/// The password and the OAuth2 token are secrets: pass them by environment (<c>Mail__Mailboxes__0__Password</c>); they are
/// never logged (<see cref="ToString"/> and <see cref="Describe"/> leave them out).
/// </remarks>
public sealed class MailboxOptions
{
    /// <summary>The mailbox's name, the key of its reader grain (letters, digits, dashes), e.g. <c>radicalisering</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,62}$")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The mailbox's own address (mail from it is never answered), e.g. <c>radicalisering@vvsg.be</c>.</summary>
    public string? Address { get; set; }

    /// <summary>The IMAP server.</summary>
    [Required]
    public string Host { get; set; } = string.Empty;

    /// <summary>Port (993 for TLS on connect, 143 for STARTTLS or plain).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 993;

    /// <summary>None, SslOnConnect (default), StartTls, StartTlsWhenAvailable or Auto.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.SslOnConnect;

    /// <summary>The user name.</summary>
    [Required]
    public string Username { get; set; } = string.Empty;

    /// <summary>The password (secret); or use <see cref="OAuth2Token"/>.</summary>
    public string? Password { get; set; }

    /// <summary>An OAuth2 access token (secret), used with SASL XOAUTH2 instead of the password.</summary>
    public string? OAuth2Token { get; set; }

    /// <summary>The folder new mail arrives in.</summary>
    [Required]
    public string Folder { get; set; } = "INBOX";

    /// <summary>Where handled mail is moved (created when missing).</summary>
    [Required]
    public string ProcessedFolder { get; set; } = "Verwerkt";

    /// <summary>Where mail that cannot be handled is moved (created when missing).</summary>
    [Required]
    public string QuarantineFolder { get; set; } = "Quarantaine";

    /// <summary>Seconds between two looks at the folder when the server has no IDLE (or <see cref="UseIdle"/> is off).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 60;

    /// <summary>Wait for new mail with IMAP IDLE when the server supports it.</summary>
    public bool UseIdle { get; set; } = true;

    /// <summary>Longest reconnect back-off, in seconds.</summary>
    [Range(1, 3600)]
    public int MaxReconnectSeconds { get; set; } = 300;

    /// <summary>Messages handled at the same time (different tickets proceed in parallel; one ticket stays in order).</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 16;

    /// <summary>A description that is safe to log: host, port, security, user, folder — never the password or token.</summary>
    public string Describe() => $"{Name} ({Username}@{Host}:{Port}, {Security}, {Folder})";

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
