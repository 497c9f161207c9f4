using LivcR.Support.Contracts.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>The outbox's single delivery worker: a reminder keeps it alive, a timer runs <see cref="OutboxDelivery"/> passes.</summary>
public sealed partial class MailOutboxGrain(OutboxDelivery delivery, IOptions<OutboxOptions> options, ILogger<MailOutboxGrain> logger)
    : Grain, IMailOutboxGrain, IRemindable
{
    private const string ReminderName = "keep-alive";
    private static readonly TimeSpan WakeDelay = TimeSpan.FromMilliseconds(20);
    private IGrainTimer? _timer;

    private TimeSpan Poll => TimeSpan.FromSeconds(options.Value.PollSeconds);

    /// <inheritdoc/>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _timer = this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), Poll) { Interleave = false, KeepAlive = true });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task StartAsync() => await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

    /// <inheritdoc/>
    public Task WakeAsync()
    {
        _timer?.Change(WakeDelay, Poll);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<int> DeliverDueAsync()
    {
        var total = 0;
        int handled;
        do
        {
            handled = await delivery.RunAsync();
            total += handled;
        }
        while (handled >= options.Value.BatchSize);
        return total;
    }

    /// <inheritdoc/>
    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DeliverDueAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The table is the truth: the next tick tries again.
            LogPassFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 6120, Level = LogLevel.Error, Message = "Outbox delivery pass failed; retrying on the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
