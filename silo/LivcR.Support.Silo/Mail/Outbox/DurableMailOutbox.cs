using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Threading;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>
/// The outbox: builds the complete message (headers included), stores it in <c>livcr_mail_outbox</c> and only then
/// returns; the delivery worker (<see cref="IMailOutboxGrain"/>) sends it.
/// </summary>
/// <remarks>
/// Works in the silo and in a gateway in client mode alike (both reach the database). Without an SMTP server the mail is
/// stored as held: nothing is lost, nothing floods out later; staff may send held mail once a server is configured.
/// </remarks>
public sealed partial class DurableMailOutbox(
    OutboxStore store,
    MailIdentity identity,
    MessageIdSigner signer,
    IGrainFactory grains,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    ILogger<DurableMailOutbox> logger) : IMailOutbox
{
    /// <summary>The key of the delivery worker grain.</summary>
    public const string WorkerKey = "outbox";

    private static int _heldWarned;

    /// <inheritdoc />
    public async Task EnqueueAsync(OutboundMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var recipient = EmailAddressRule.Normalise(mail.To) ?? throw SupportException.BadInput("to", "Het e-mailadres van de ontvanger is ongeldig.");
        var now = clock.GetUtcNow();
        TicketNumber? ticket = TicketNumber.TryParse(mail.TicketNumber, out var number) ? number : null;
        // An acknowledgement is the ticket's first mail: it answers the question (InReplyTo) and has no thread to look up.
        var thread = ticket is null || mail.Kind == OutboundMailKind.Acknowledgement ? [] : await store.ThreadAsync(number.ToString(), cancellationToken);
        var messageId = signer.Create(ticket);
        var message = OutboundMessageBuilder.Build(mail with { To = recipient }, identity.From, messageId, thread, now);
        using var content = new MemoryStream();
        await message.WriteToAsync(content, cancellationToken);

        var held = !identity.CanSend;
        var row = new OutboxRow(
            mail.IdempotencyKey ?? Guid.NewGuid().ToString("N"),
            now,
            mail.Kind,
            mail.IsAutomatic,
            recipient,
            ticket?.ToString(),
            message.Subject ?? string.Empty,
            messageId,
            content.ToArray(),
            held ? OutboxMailStatus.Held : OutboxMailStatus.Pending,
            0,
            held ? "Geen SMTP-server ingesteld (Smtp:Host): bewaard, niet verstuurd." : null);
        if (!await store.InsertAsync(row, mail.InReplyTo, cancellationToken))
        {
            LogDuplicate(logger, row.Id, mail.Kind);
            return;
        }

        if (held)
        {
            // Once per process as a warning (a configuration gap), then per mail at Debug: no log line per ticket.
            if (Interlocked.Exchange(ref _heldWarned, 1) == 0)
            {
                LogHeld(logger, row.Id, mail.Kind);
            }
            else
            {
                LogHeldAgain(logger, row.Id, mail.Kind);
            }

            return;
        }

        await grains.GetGrain<IMailOutboxGrain>(WorkerKey).WakeAsync();
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "No SMTP server configured (Smtp:Host): {MailKind} mail {OutboxId} is held in the outbox, and so is all further mail (logged at Debug)")]
    private static partial void LogHeld(ILogger logger, string outboxId, OutboundMailKind mailKind);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Debug, Message = "No SMTP server configured: {MailKind} mail {OutboxId} is held in the outbox")]
    private static partial void LogHeldAgain(ILogger logger, string outboxId, OutboundMailKind mailKind);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Debug, Message = "{MailKind} mail {OutboxId} was already in the outbox")]
    private static partial void LogDuplicate(ILogger logger, string outboxId, OutboundMailKind mailKind);
}
