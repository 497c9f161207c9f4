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
    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default) =>
        SendAsync(to, subject, body, [], cancellationToken);

    /// <summary>Sends a plain-text message with attachments to one recipient.</summary>
    public async Task SendAsync(
        string to, string subject, string body, IReadOnlyList<LivcR.Support.Contracts.Mail.OutboundAttachment> attachments, CancellationToken cancellationToken = default)
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
        var text = new TextPart("plain") { Text = body };
        if (attachments.Count == 0)
        {
            message.Body = text;
        }
        else
        {
            var mixed = new Multipart("mixed") { text };
            foreach (var attachment in attachments)
            {
                mixed.Add(new MimePart(ContentType.Parse(attachment.ContentType))
                {
                    Content = new MimeContent(new MemoryStream(attachment.Content)),
                    ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                    ContentTransferEncoding = ContentEncoding.Base64,
                    FileName = attachment.FileName,
                });
            }

            message.Body = mixed;
        }

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
