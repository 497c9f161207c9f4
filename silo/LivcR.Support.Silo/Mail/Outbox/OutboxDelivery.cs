using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
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
/// Run only by the single delivery worker (<see cref="MailOutboxGrain"/>), so the per-address count of automatic mail is
/// exact. A mail is marked sent after the SMTP server accepted it; a crash in between sends it once more (the same
/// Message-ID), never zero times. Bodies are never logged; log lines carry the outbox id, the kind and the ticket.
/// </remarks>
public sealed partial class OutboxDelivery(
    OutboxStore store,
    SmtpTransport transport,
    MailIdentity identity,
    IGrainFactory grains,
    IOptions<OutboxOptions> options,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
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
                if (await RefuseAsync(row, settings))
                {
                    continue;
                }

                try
                {
                    client ??= await transport.ConnectAsync(cancellationToken);
                    using var content = new MemoryStream(row.Content!);
                    var message = await MimeMessage.LoadAsync(content, cancellationToken);
                    await client.SendAsync(message, cancellationToken);
                    await store.MarkSentAsync(row.Id, clock.GetUtcNow());
                    LogSent(logger, row.Id, row.Kind, row.TicketNumber ?? "-");
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

    private async Task<bool> RefuseAsync(OutboxRow row, OutboxOptions settings)
    {
        var now = clock.GetUtcNow();
        if (row.Content is null)
        {
            await store.MarkFailedAsync(row.Id, row.Attempts, "De inhoud van deze mail ontbreekt.");
            return true;
        }

        if (row.Kind == OutboundMailKind.SignInCode && now - row.CreatedAt > TimeSpan.FromMinutes(settings.SignInCodeLifetimeMinutes))
        {
            await store.MarkFailedAsync(row.Id, row.Attempts, "De aanmeldcode was verlopen voor ze verstuurd kon worden.");
            LogExpired(logger, row.Id);
            return true;
        }

        var status = await grains.Person(row.Recipient).GetMailStatusAsync();
        var sentLastHour = row.Automatic ? await store.AutomaticSentSinceAsync(row.Recipient, now.AddHours(-1)) : 0;
        var reason = MailLoopGuard.SuppressionReason(row.Recipient, row.Automatic, row.Kind is OutboundMailKind.Acknowledgement or OutboundMailKind.StaffReply or OutboundMailKind.StatusNotification, identity.OwnAddresses, status, sentLastHour, settings);
        if (reason is null)
        {
            return false;
        }

        await store.MarkSuppressedAsync(row.Id, reason);
        LogSuppressed(logger, row.Id, row.Kind, row.TicketNumber ?? "-", reason);
        return true;
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

    [LoggerMessage(EventId = 6115, Level = LogLevel.Warning, Message = "Sign-in code mail {OutboxId} expired before it could be sent")]
    private static partial void LogExpired(ILogger logger, string outboxId);
}
