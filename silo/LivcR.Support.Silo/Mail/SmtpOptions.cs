using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Silo.Mail;

/// <summary>The outgoing mail server. Section <c>Smtp</c>; mail is sent only when <see cref="Host"/> is set.</summary>
/// <remarks>The password is a secret: pass it by environment (<c>Smtp__Password</c>); it is never logged.</remarks>
public sealed class SmtpOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Smtp";

    /// <summary>Host name; empty means no mail is sent.</summary>
    public string? Host { get; set; }

    /// <summary>Port.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (default), StartTlsWhenAvailable or SslOnConnect.</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.StartTls;

    /// <summary>User name, when the server wants one.</summary>
    public string? Username { get; set; }

    /// <summary>Password (secret).</summary>
    public string? Password { get; set; }

    /// <summary>The sender address of the helpdesk.</summary>
    [Required]
    public string From { get; set; } = "helpdesk@livcr-support.invalid";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "VVSG ondersteuning radicalisering en polarisering";

    /// <summary>Seconds a connection or command may take before the attempt counts as failed.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>True when mail can be sent.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
