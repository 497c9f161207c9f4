using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Threading;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>
/// Stages the mail a ticket change announces (<see cref="TicketNotice"/>) in the outbox, before the ticket writes the
/// change: one small row per mail with the Message-ID it will carry and its template's parameters, no MIME.
/// </summary>
/// <remarks>
/// <para>
/// On the request path, so it stays lean: one batched insert (the rows and their thread ids together), no grain call, no
/// language lookup, no thread lookup, no rendering. The delivery worker asks the ticket whether its stored state holds
/// the mail's token, and only then renders and sends it (<see cref="OutboxDelivery"/>); a staged mail whose change was
/// never written is suppressed, never sent.
/// </para>
/// <para>
/// The row id is the kind, the ticket and the token, so a change made again after a failed write stages a mail of its
/// own instead of colliding with the unconfirmed one. Without an SMTP server the mail is staged as held.
/// </para>
/// </remarks>
public sealed partial class TicketNoticeOutbox(
    OutboxStore store,
    MailIdentity identity,
    MessageIdSigner signer,
    OutboxNudge nudge,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    ILogger<TicketNoticeOutbox> logger)
{
    private static int _heldWarned;

    /// <summary>Stores the notices; returns once they are committed.</summary>
    public async Task StageAsync(IReadOnlyList<TicketNotice> notices, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var held = !identity.CanSend;
        var rows = new List<OutboxRow>(notices.Count);
        foreach (var notice in notices)
        {
            if (Row(notice, now, held) is { } row)
            {
                rows.Add(row);
            }
            else
            {
                LogNoAddress(logger, notice.Kind, notice.TicketNumber);
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        await store.StageAsync(rows, cancellationToken);
        if (!held)
        {
            nudge.Soon();
        }
        else if (Interlocked.Exchange(ref _heldWarned, 1) == 0)
        {
            LogHeld(logger, rows[0].Kind, rows[0].TicketNumber!);
        }
    }

    private OutboxRow? Row(TicketNotice notice, DateTimeOffset now, bool held)
    {
        if (EmailAddressRule.Normalise(notice.Recipient) is not { } recipient || !TicketNumber.TryParse(notice.TicketNumber, out var number))
        {
            return null;
        }

        return new OutboxRow(
            $"{Prefix(notice.Kind)}/{number}/{notice.Token:N}",
            now,
            notice.Kind,
            notice.Kind != OutboundMailKind.StaffReply,
            recipient,
            number.ToString(),
            // Until it is rendered in the recipient's language, staff see the ticket's subject with its tag.
            SubjectTag.Apply(notice.Text.Subject, number),
            signer.Create(number),
            null,
            held ? OutboxMailStatus.Held : OutboxMailStatus.Pending,
            0,
            held ? "Geen SMTP-server ingesteld (Smtp:Host): bewaard, niet verstuurd." : null,
            notice.Token,
            TicketNoticeJson.Write(notice.Text),
            notice.Answering);
    }

    private static string Prefix(OutboundMailKind kind) => kind switch
    {
        OutboundMailKind.Acknowledgement => "ack",
        OutboundMailKind.StaffReply => "reply",
        OutboundMailKind.StatusNotification => "status",
        OutboundMailKind.Escalation => "escalation",
        _ => "ticket",
    };

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "No SMTP server configured (Smtp:Host): {MailKind} mail of ticket {TicketNumber} is held in the outbox, and so is all further ticket mail")]
    private static partial void LogHeld(ILogger logger, OutboundMailKind mailKind, string ticketNumber);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "Ticket {TicketNumber}: no {MailKind} mail staged, the requester has no valid address")]
    private static partial void LogNoAddress(ILogger logger, OutboundMailKind mailKind, string ticketNumber);
}
