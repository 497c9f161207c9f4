using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Retention;
using LivcR.Support.Contracts.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Retention;

/// <summary>
/// The retention job: on its reminder, finds a batch of due tickets in the read model, lets each ticket anonymise itself
/// (a few at a time), and goes on until nothing is due or the run's budget is spent; then clears expired quarantined mail.
/// </summary>
/// <remarks>
/// The reminder only starts a run and returns, so a long run never holds up the reminder service; a run already going is
/// joined, never doubled. A ticket that is offered but not due (reopened since, on hold) is skipped by its own state and
/// left out of the following batches of the run, so a stale read-model row cannot make the run spin.
/// </remarks>
public sealed partial class RetentionGrain(
    RetentionStore store,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    IOptions<RetentionOptions> options,
    IOptions<Hosting.FaultInjectionOptions> faults,
    ILogger<RetentionGrain> logger) : Grain, IRetentionGrain, IRemindable
{
    private const string ReminderName = "retention";
    private Task<RetentionRun>? _running;

    /// <inheritdoc/>
    public async Task StartAsync()
    {
        var every = options.Value.RetentionInterval < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : options.Value.RetentionInterval;
        await this.RegisterOrUpdateReminder(ReminderName, options.Value.RetentionStartDelay, every);
    }

    /// <inheritdoc/>
    public Task<RetentionRun> RunAsync() => _running is { IsCompleted: false } running ? running : _running = RunCoreAsync();

    /// <inheritdoc/>
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (_running is null or { IsCompleted: true })
        {
            _running = RunCoreAsync();
        }

        return Task.CompletedTask;
    }

    private async Task<RetentionRun> RunCoreAsync()
    {
        var settings = options.Value;
        var started = clock.GetUtcNow() + faults.Value.RetentionClockOffset;
        var cutoff = TicketRetentionRules.Cutoff(started, settings.RetentionMonths);
        var budget = System.Diagnostics.Stopwatch.StartNew();
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        var anonymised = 0;
        var finished = false;
        while (budget.Elapsed < settings.RetentionRunBudget)
        {
            var due = (await store.DueAsync(cutoff, settings.RetentionBatchSize + skipped.Count)).Where(n => !skipped.Contains(n)).Take(settings.RetentionBatchSize).ToList();
            if (due.Count == 0)
            {
                finished = true;
                break;
            }

            foreach (var chunk in due.Chunk(settings.RetentionParallelism))
            {
                var done = await Task.WhenAll(chunk.Select(n => GrainFactory.GetGrain<ITicketGrain>(n).AnonymiseAsync(cutoff, settings.RetentionMonths)));
                for (var i = 0; i < chunk.Length; i++)
                {
                    if (done[i])
                    {
                        anonymised++;
                    }
                    else
                    {
                        skipped.Add(chunk[i]);
                    }
                }
            }
        }

        var mail = await store.ExpireMailAsync(started.AddDays(-settings.MailRetentionDays), started);
        if (anonymised > 0 || mail > 0)
        {
            LogRun(logger, anonymised, skipped.Count, mail, finished);
        }

        return new RetentionRun(anonymised, skipped.Count, mail, finished);
    }

    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Retention: {Anonymised} ticket(s) anonymised, {Skipped} skipped, {MailCleared} quarantined mail(s) cleared, finished {Finished}")]
    private static partial void LogRun(ILogger logger, int anonymised, int skipped, int mailCleared, bool finished);
}
