using System.Data.Common;
using LivcR.Support.Contracts;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>
/// Reads one IMAP mailbox (MailKit): connects, waits for mail with IDLE (or polls), hands each message to the
/// <see cref="InboundMailHandler"/> and only then moves it — to the processed folder, or with its reason to the
/// quarantine folder. Reconnects with back-off after network, authentication or server trouble.
/// </summary>
/// <remarks>
/// <para>
/// Run by the mailbox's grain, so there is one reader per mailbox in the cluster. Messages are fetched in batches,
/// handled concurrently (a ticket takes its mails one at a time) and moved with one UID MOVE per batch; MailKit falls back
/// to COPY, \Deleted and (UID) EXPUNGE on a server without MOVE. A message is moved only after its handling finished, so
/// a crash at any point leaves it in the inbox to be read again, and the handler is idempotent.
/// </para>
/// <para>
/// A message whose handling fails for a reason that will not go away (three times the same unexpected error) is
/// quarantined; database or cluster trouble stops the pass and the reader tries again after the back-off.
/// </para>
/// </remarks>
public sealed partial class MailboxReader(
    MailboxOptions options,
    InboundMailHandler handler,
    QuarantineStore quarantine,
    Telemetry.SupportMetrics metrics,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    ILogger<MailboxReader> logger)
{
    /// <summary>Messages fetched and handled per batch.</summary>
    public const int BatchSize = 50;

    /// <summary>Largest message read; a larger one goes to quarantine unread.</summary>
    public const long MaxMessageBytes = 60L * 1024 * 1024;

    private const int FailuresBeforeQuarantine = 3;

    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);

    /// <summary>The reader's state.</summary>
    public MailboxStatusTracker Status { get; } = new(options.Name, options.Describe());

    /// <summary>Reads until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var client = new ImapClient { Timeout = 120_000 };
                await ConnectAsync(client, stop);
                var inbox = string.Equals(options.Folder, "INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(options.Folder, stop);
                var processed = await FolderAsync(client, options.ProcessedFolder, stop);
                var quarantined = await FolderAsync(client, options.QuarantineFolder, stop);
                await inbox.OpenAsync(FolderAccess.ReadWrite, stop);
                var idle = options.UseIdle && client.Capabilities.HasFlag(ImapCapabilities.Idle);
                Status.Connected(idle, clock.GetUtcNow());
                LogConnected(logger, options.Name, options.Describe(), idle);
                failures = 0;
                while (!stop.IsCancellationRequested)
                {
                    var left = await ReadAllAsync(inbox, processed, quarantined, stop);
                    Status.Checked(clock.GetUtcNow());

                    // Mail that arrived while this pass ran was announced before the wait began: read again at once.
                    if (inbox.Count <= left)
                    {
                        await WaitAsync(client, inbox, idle, stop);
                    }
                }

                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(failures - 1, 20)), options.MaxReconnectSeconds));
                var error = Describe(failure);
                Status.Failed(error, clock.GetUtcNow() + delay);
                LogDisconnected(logger, options.Name, error, delay);
                try
                {
                    await Task.Delay(delay, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        Status.Stopped();
        LogStopped(logger, options.Name);
    }

    private async Task ConnectAsync(ImapClient client, CancellationToken stop)
    {
        await client.ConnectAsync(options.Host, options.Port, options.Security, stop);
        if (!string.IsNullOrEmpty(options.OAuth2Token))
        {
            await client.AuthenticateAsync(new SaslMechanismOAuth2(options.Username, options.OAuth2Token), stop);
        }
        else
        {
            await client.AuthenticateAsync(options.Username, options.Password ?? string.Empty, stop);
        }
    }

    private static async Task<IMailFolder> FolderAsync(ImapClient client, string name, CancellationToken stop)
    {
        try
        {
            return await client.GetFolderAsync(name, stop);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name, isMessageFolder: true, stop)
                ?? throw new InvalidOperationException($"Folder {name} could not be created.");
        }
    }

    private async Task WaitAsync(ImapClient client, IMailFolder inbox, bool idle, CancellationToken stop)
    {
        var wait = TimeSpan.FromSeconds(Math.Min(options.PollSeconds, 25 * 60));
        if (!idle)
        {
            await Task.Delay(wait, stop);
            await client.NoOpAsync(stop);
            return;
        }

        using var done = new CancellationTokenSource(wait);
        void Arrived(object? sender, EventArgs e) => done.Cancel();
        inbox.CountChanged += Arrived;
        try
        {
            await client.IdleAsync(done.Token, stop);
        }
        finally
        {
            inbox.CountChanged -= Arrived;
        }
    }

    /// <summary>Handles every message in the inbox once; returns how many stay there (to be tried again later).</summary>
    private async Task<int> ReadAllAsync(IMailFolder inbox, IMailFolder processedFolder, IMailFolder quarantineFolder, CancellationToken stop)
    {
        var left = 0;
        var uids = await inbox.SearchAsync(SearchQuery.NotDeleted, stop);
        for (var offset = 0; offset < uids.Count && !stop.IsCancellationRequested; offset += BatchSize)
        {
            var batch = uids.Skip(offset).Take(BatchSize).ToList();
            var summaries = await inbox.FetchAsync(batch, MessageSummaryItems.UniqueId | MessageSummaryItems.Size, stop);
            var work = new List<Task<(UniqueId Uid, Outcome Outcome)>>();
            using var gate = new SemaphoreSlim(options.Concurrency);
            foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
            {
                if (summary.Size is { } size && size > MaxMessageBytes)
                {
                    work.Add(Task.FromResult((summary.UniqueId, await TooLargeAsync(summary))));
                    continue;
                }

                MimeMessage message;
                try
                {
                    message = await inbox.GetMessageAsync(summary.UniqueId, stop);
                }
                catch (FormatException unreadable)
                {
                    work.Add(Task.FromResult((summary.UniqueId, await UnreadableAsync(summary, unreadable))));
                    continue;
                }

                work.Add(HandleAsync(summary.UniqueId, message, gate));
            }

            var results = await Task.WhenAll(work);
            var done = results.Where(r => r.Outcome == Outcome.Processed).Select(r => r.Uid).ToList();
            var aside = results.Where(r => r.Outcome == Outcome.Quarantined).Select(r => r.Uid).ToList();
            if (done.Count > 0)
            {
                await inbox.MoveToAsync(done, processedFolder, stop);
            }

            if (aside.Count > 0)
            {
                await inbox.MoveToAsync(aside, quarantineFolder, stop);
            }

            Status.Moved(done.Count, aside.Count);
            if (results.Any(r => r.Outcome == Outcome.Interrupted))
            {
                throw new MailIntakeInterruptedException(Status.Current.LastError ?? "De verwerking werd onderbroken.");
            }

            left += results.Count(r => r.Outcome == Outcome.Left);
        }

        return left;
    }

    private async Task<(UniqueId Uid, Outcome Outcome)> HandleAsync(UniqueId uid, MimeMessage message, SemaphoreSlim gate)
    {
        await gate.WaitAsync();
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            MailHandling handling;
            // One correlation id per mail, on the intake's log lines and on those of the ticket it reaches.
            using (Telemetry.Correlation.Begin(Telemetry.Correlation.Choose(null)))
            {
                handling = await handler.HandleAsync(message, options.Name);
            }

            var mailbox = new KeyValuePair<string, object?>("mailbox", options.Name);
            var outcome = new KeyValuePair<string, object?>("outcome", handling.Outcome.ToString());
            MailIntakeMetrics.Handling.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, mailbox, outcome);
            metrics.MailsIn.Add(1, mailbox, outcome);
            if (!handling.Quarantine)
            {
                return (uid, Outcome.Processed);
            }

            await QuarantineAsync(message, handling.Reason ?? "Onbekende reden.");
            return (uid, Outcome.Quarantined);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            return (uid, await FailedAsync(message, failure));
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Outcome> FailedAsync(MimeMessage message, Exception failure)
    {
        var error = Describe(failure);
        Status.Problem(error);
        if (IsInfrastructure(failure))
        {
            LogInterrupted(logger, options.Name, error);
            return Outcome.Interrupted;
        }

        var key = Inbound.MailDedupeKey.For(message);
        int count;
        lock (_failures)
        {
            count = _failures[key] = _failures.GetValueOrDefault(key) + 1;
        }

        LogHandlingFailed(logger, options.Name, key, count, failure);
        if (count < FailuresBeforeQuarantine)
        {
            return Outcome.Left;
        }

        await QuarantineAsync(message, $"Verwerking {count} keer mislukt: {error}");
        return Outcome.Quarantined;
    }

    private async Task QuarantineAsync(MimeMessage message, string reason)
    {
        using var raw = new MemoryStream();
        await message.WriteToAsync(raw);
        await quarantine.AddAsync(
            options.Name, Inbound.MailDedupeKey.For(message), Inbound.MailDedupeKey.LegacyFor(message), message.MessageId, message.From.Mailboxes.FirstOrDefault()?.Address,
            message.Subject ?? string.Empty, reason, raw.ToArray(), clock.GetUtcNow());
    }

    private async Task<Outcome> TooLargeAsync(IMessageSummary summary)
    {
        var key = $"uid:{summary.Folder?.UidValidity}:{summary.UniqueId.Id}";
        await quarantine.AddAsync(options.Name, key, null, null, null, "(niet gelezen)", $"Te groot om te lezen ({summary.Size / (1024 * 1024)} MB); staat in de quarantainemap van de mailbox.", [], clock.GetUtcNow());
        return Outcome.Quarantined;
    }

    private async Task<Outcome> UnreadableAsync(IMessageSummary summary, FormatException error)
    {
        var key = $"uid:{summary.Folder?.UidValidity}:{summary.UniqueId.Id}";
        await quarantine.AddAsync(options.Name, key, null, null, null, "(onleesbaar)", $"De mail kon niet gelezen worden: {error.Message}", [], clock.GetUtcNow());
        return Outcome.Quarantined;
    }

    private static bool IsInfrastructure(Exception failure) =>
        failure is DbException or TimeoutException or IOException or OrleansException or OperationCanceledException or ObjectDisposedException;

    private static string Describe(Exception failure) => failure switch
    {
        AuthenticationException => $"Aanmelden mislukt: {failure.Message}",
        ImapCommandException command => $"IMAP-server weigerde: {command.Response} {command.ResponseText}",
        _ => $"{failure.GetType().Name}: {failure.Message}",
    };

    [LoggerMessage(EventId = 6401, Level = LogLevel.Information, Message = "Mailbox {Mailbox} connected ({Description}); waits with IDLE: {Idle}")]
    private static partial void LogConnected(ILogger logger, string mailbox, string description, bool idle);

    [LoggerMessage(EventId = 6402, Level = LogLevel.Warning, Message = "Mailbox {Mailbox}: {Error}; reconnecting in {Delay}")]
    private static partial void LogDisconnected(ILogger logger, string mailbox, string error, TimeSpan delay);

    [LoggerMessage(EventId = 6403, Level = LogLevel.Warning, Message = "Mailbox {Mailbox}: handling interrupted ({Error}); the mail stays in the inbox and is read again")]
    private static partial void LogInterrupted(ILogger logger, string mailbox, string error);

    [LoggerMessage(EventId = 6404, Level = LogLevel.Error, Message = "Mailbox {Mailbox}: mail {DedupeKey} could not be handled (attempt {Attempt})")]
    private static partial void LogHandlingFailed(ILogger logger, string mailbox, string dedupeKey, int attempt, Exception exception);

    [LoggerMessage(EventId = 6405, Level = LogLevel.Information, Message = "Mailbox {Mailbox}: reader stopped")]
    private static partial void LogStopped(ILogger logger, string mailbox);

    private enum Outcome
    {
        Processed,
        Quarantined,
        Left,
        Interrupted,
    }
}
