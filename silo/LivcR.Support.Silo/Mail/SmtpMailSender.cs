using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LivcR.Support.Silo.Mail;

/// <summary>Sends one message over SMTP (MailKit), one connection per message.</summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options)
{
    /// <summary>True when an SMTP server is configured.</summary>
    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>Sends a plain-text message to one recipient.</summary>
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            throw new InvalidOperationException("No SMTP server is configured (Smtp:Host).");
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
