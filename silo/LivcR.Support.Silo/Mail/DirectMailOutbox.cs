using LivcR.Support.Contracts.Mail;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Mail;

/// <summary>
/// The outbox until a durable one replaces it: sends at once over SMTP when a server is configured, and otherwise
/// records that nothing was sent (never the body).
/// </summary>
public sealed partial class DirectMailOutbox(SmtpMailSender smtp, ILogger<DirectMailOutbox> logger) : IMailOutbox
{
    /// <inheritdoc />
    public async Task EnqueueAsync(OutboundMail mail, CancellationToken cancellationToken = default)
    {
        if (!smtp.IsConfigured)
        {
            LogNotSent(logger, mail.Kind);
            return;
        }

        await smtp.SendAsync(mail.To, mail.Subject, mail.TextBody, mail.Attachments ?? [], cancellationToken);
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "No SMTP server configured (Smtp:Host): a {MailKind} mail was not sent")]
    private static partial void LogNotSent(ILogger logger, OutboundMailKind mailKind);
}
