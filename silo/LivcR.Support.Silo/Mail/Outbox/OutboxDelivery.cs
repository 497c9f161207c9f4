using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Templates;
using MailKit.Net.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>
/// One delivery pass over the outbox: every due mail is checked by the <see cref="MailLoopGuard"/> and sent over one SMTP
/// connection; a failure reschedules it with back-off (<see cref="OutboxRetryPolicy"/>) until the last attempt marks it failed.
/// </summary>
/// <remarks>
/// <para>
/// Ticket mail staged before the ticket's write (<see cref="OutboxRow.IsStaged"/>) is first confirmed with the ticket:
/// only when its stored state holds the mail's token is the mail rendered (<see cref="TicketMailer"/>, in the language the
/// loop guard read anyway) and sent; otherwise the change was never stored and the mail is suppressed for good.
/// </para>
/// <para>
/// Run only by the single delivery worker (<see cref="MailOutboxGrain"/>), so the per-address count of automatic mail is
/// exact. A mail is marked sent after the SMTP server accepted it; a crash in between sends it once more (the same
/// Message-ID), never zero times. Bodies are never logged; log lines carry the outbox id, the kind and the ticket.
/// </para>
/// </remarks>
public sealed partial class OutboxDelivery(
    OutboxStore store,
    SmtpTransport transport,
    MailIdentity identity,
    TicketMailer mailer,
    IGrainFactory grains,
    IOptions<OutboxOptions> options,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    Telemetry.SupportMetrics metrics,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>Why a staged mail is never sent: the change it announces is not in the ticket's stored state.</summary>
    public const string UnstoredReason = "De wijziging is niet opgeslagen: niet verstuurd.";

    /// <summary>Handles up to one batch of due mail; returns how many were handled.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!transport.IsConfigured)
        {
            return 0;
        }

        var settings = options.Value;
        var due = await store.DueAsync(clock.GetUtcNow(), settings.BatchSize, cancellationToken);
        SmtpClient? client = null;
        var handled = 0;
        try
        {
            foreach (var row in due)
            {
                handled++;
                if (row.IsStaged && !await ConfirmAsync(row, settings))
                {
                    continue;
                }

                var (suppressed, language) = await RefuseAsync(row, settings);
                if (suppressed)
                {
                    continue;
                }

                try
                {
                    var message = row.IsStaged ? await mailer.BuildAsync(row, language, cancellationToken) : await LoadAsync(row.Content!, cancellationToken);
                    client ??= await transport.ConnectAsync(cancellationToken);
                    await client.SendAsync(message, cancellationToken);
                    await store.MarkSentAsync(row.Id, clock.GetUtcNow(), row.IsStaged ? message.Subject : null);
                    LogSent(logger, row.Id, row.Kind, row.TicketNumber ?? "-");
                    metrics.MailsOut.Add(1, new KeyValuePair<string, object?>("kind", row.Kind.ToString()));
                    if (row.IsStaged)
                    {
                        // Sent and recorded: the ticket need not keep the token any more (one-way, nothing to wait for).
                        _ = grains.GetGrain<ITicketGrain>(row.TicketNumber!).ForgetNoticeAsync(row.NoticeToken!.Value);
                    }
                }
                catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500)
                {
                    await store.MarkFailedAsync(row.Id, row.Attempts + 1, $"Geweigerd door de SMTP-server: {(int)refused.StatusCode} {refused.Message}");
                    LogRefused(logger, row.Id, row.Kind, (int)refused.StatusCode);
                }
                catch (Exception failure) when (failure is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
                {
                    await RescheduleAsync(row, failure, settings);
                    client?.Dispose();
                    client = null;

                    // The server is unreachable or unwell: the rest waits for the next pass instead of failing one by one.
                    break;
                }
            }
        }
        finally
        {
            if (client is not null)
            {
                if (client.IsConnected)
                {
                    try
                    {
                        await client.DisconnectAsync(quit: true, CancellationToken.None);
                    }
                    catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or TimeoutException)
                    {
                        // Every message of this pass is already marked; the connection is dropped anyway.
                    }
                }

                client.Dispose();
            }
        }

        return handled;
    }

    private static async Task<MimeMessage> LoadAsync(byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content);
        return await MimeMessage.LoadAsync(stream, cancellationToken);
    }

    /// <summary>True when the ticket's stored state holds the staged mail's token; otherwise the mail is suppressed or, when the ticket could not be asked, rescheduled.</summary>
    private async Task<bool> ConfirmAsync(OutboxRow row, OutboxOptions settings)
    {
        bool stored;
        try
        {
            stored = await grains.GetGrain<ITicketGrain>(row.TicketNumber!).HoldsNoticeAsync(row.NoticeToken!.Value);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            await RescheduleAsync(row, failure, settings);
            return false;
        }

        if (!stored)
        {
            await store.MarkUnstoredAsync(row.Id, row.MessageId, UnstoredReason);
            LogUnstored(logger, row.Id, row.Kind, row.TicketNumber!);
        }

        return stored;
    }

    /// <summary>Whether the mail must not go out (then it is marked), and the recipient's mail language.</summary>
    private async Task<(bool Refused, MailLanguage Language)> RefuseAsync(OutboxRow row, OutboxOptions settings)
    {
        var now = clock.GetUtcNow();
        if (row.Content is null && row.NoticeText is null)
        {
            await store.MarkFailedAsync(row.Id, row.Attempts, "De inhoud van deze mail ontbreekt.");
            return (true, default);
        }

        if (row.Kind == OutboundMailKind.SignInCode && now - row.CreatedAt > TimeSpan.FromMinutes(settings.SignInCodeLifetimeMinutes))
        {
            await store.MarkFailedAsync(row.Id, row.Attempts, "De aanmeldcode was verlopen voor ze verstuurd kon worden.");
            LogExpired(logger, row.Id);
            return (true, default);
        }

        var status = await grains.Person(row.Recipient).GetMailStatusAsync();
        var sentLastHour = row.Automatic ? await store.AutomaticSentSinceAsync(row.Recipient, now.AddHours(-1)) : 0;
        var reason = MailLoopGuard.SuppressionReason(row.Recipient, row.Automatic, row.Kind is OutboundMailKind.Acknowledgement or OutboundMailKind.StaffReply or OutboundMailKind.StatusNotification, identity.OwnAddresses, status, sentLastHour, settings);
        if (reason is null)
        {
            return (false, status.Language);
        }

        await store.MarkSuppressedAsync(row.Id, reason);
        LogSuppressed(logger, row.Id, row.Kind, row.TicketNumber ?? "-", Contracts.Logging.LogMask.Text(reason));
        return (true, status.Language);
    }

    private async Task RescheduleAsync(OutboxRow row, Exception failure, OutboxOptions settings)
    {
        var attempts = row.Attempts + 1;
        var error = $"Poging {attempts} mislukt: {failure.GetType().Name}: {failure.Message}";
        if (OutboxRetryPolicy.GiveUp(attempts, settings))
        {
            await store.MarkFailedAsync(row.Id, attempts, error);
            LogGaveUp(logger, row.Id, row.Kind, attempts, failure.GetType().Name);
            return;
        }

        var delay = OutboxRetryPolicy.Delay(attempts, settings);
        await store.MarkRetryAsync(row.Id, attempts, clock.GetUtcNow() + delay, error);
        LogRetry(logger, row.Id, row.Kind, attempts, delay, failure.GetType().Name);
    }

    [LoggerMessage(EventId = 6110, Level = LogLevel.Information, Message = "Mail {OutboxId} ({MailKind}, ticket {TicketNumber}) sent")]
    private static partial void LogSent(ILogger logger, string outboxId, OutboundMailKind mailKind, string ticketNumber);

    [LoggerMessage(EventId = 6111, Level = LogLevel.Warning, Message = "Mail {OutboxId} ({MailKind}) not sent, attempt {Attempt}; next try in {Delay} ({Failure})")]
    private static partial void LogRetry(ILogger logger, string outboxId, OutboundMailKind mailKind, int attempt, TimeSpan delay, string failure);

    [LoggerMessage(EventId = 6112, Level = LogLevel.Error, Message = "Mail {OutboxId} ({MailKind}) failed after {Attempts} attempts ({Failure}); staff can retry it")]
    private static partial void LogGaveUp(ILogger logger, string outboxId, OutboundMailKind mailKind, int attempts, string failure);

    [LoggerMessage(EventId = 6113, Level = LogLevel.Error, Message = "Mail {OutboxId} ({MailKind}) refused by the SMTP server ({SmtpStatus}); staff can retry it")]
    private static partial void LogRefused(ILogger logger, string outboxId, OutboundMailKind mailKind, int smtpStatus);

    [LoggerMessage(EventId = 6114, Level = LogLevel.Warning, Message = "Mail {OutboxId} ({MailKind}, ticket {TicketNumber}) suppressed: {Reason}")]
    private static partial void LogSuppressed(ILogger logger, string outboxId, OutboundMailKind mailKind, string ticketNumber, string reason);

    [LoggerMessage(EventId = 6116, Level = LogLevel.Warning, Message = "Mail {OutboxId} ({MailKind}, ticket {TicketNumber}) suppressed: the ticket change it announces was not stored")]
    private static partial void LogUnstored(ILogger logger, string outboxId, OutboundMailKind mailKind, string ticketNumber);

    [LoggerMessage(EventId = 6115, Level = LogLevel.Warning, Message = "Sign-in code mail {OutboxId} expired before it could be sent")]
    private static partial void LogExpired(ILogger logger, string outboxId);
}
