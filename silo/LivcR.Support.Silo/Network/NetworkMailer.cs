using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Silo.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Network;

/// <summary>
/// Hands network and training mails to the outbox. A refused hand-over is logged (kind and key, never content) and does
/// not undo the change that caused the mail: the change is already durable.
/// </summary>
public sealed partial class NetworkMailer(IGrainFactory grains, IMailOutbox outbox, IOptions<SmtpOptions> smtp, IOptions<NetworkOptions> network, ILogger<NetworkMailer> logger)
{
    /// <summary>The helpdesk's sender address (the organiser in calendar files).</summary>
    public string SenderAddress => smtp.Value.From;

    /// <summary>The helpdesk's sender name.</summary>
    public string SenderName => smtp.Value.FromName;

    /// <summary>Where staff hear of join requests.</summary>
    public string StaffAddress => string.IsNullOrWhiteSpace(network.Value.StaffAddress) ? smtp.Value.From : network.Value.StaffAddress;

    /// <summary>The link that accepts an invitation.</summary>
    public string InvitationLink(string code) => $"{network.Value.PortalUrl.TrimEnd('/')}/netwerk/uitnodiging/{Uri.EscapeDataString(code)}";

    /// <summary>How long an invitation stays valid.</summary>
    public TimeSpan InvitationLifetime => TimeSpan.FromDays(network.Value.InvitationDays);

    /// <summary>Sends one mail in the recipient's language (their person's preference, Dutch otherwise); true when the outbox took it.</summary>
    public async Task<bool> SendAsync(string to, Func<MailLanguage, MailText> text, OutboundMailKind kind, string key, IReadOnlyList<OutboundAttachment>? attachments = null)
    {
        try
        {
            var language = (await grains.Person(to).GetMailStatusAsync()).Language;
            var mail = text(language);
            await outbox.EnqueueAsync(new OutboundMail(to, mail.Subject, mail.Body, kind, null, attachments));
            return true;
        }
        catch (Exception failure)
        {
            LogNotSent(logger, kind, key, failure);
            return false;
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "A {MailKind} mail for {Key} was not handed to the outbox")]
    private static partial void LogNotSent(ILogger logger, OutboundMailKind mailKind, string key, Exception exception);
}
