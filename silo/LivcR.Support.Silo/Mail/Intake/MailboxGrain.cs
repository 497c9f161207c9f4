using LivcR.Support.Contracts.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>The single reader of one mailbox: runs a <see cref="MailboxReader"/> while active; a reminder keeps it active.</summary>
public sealed partial class MailboxGrain(IServiceProvider services, IOptions<MailChannelOptions> channel, ILogger<MailboxGrain> logger)
    : Grain, IMailboxGrain, IRemindable
{
    private const string ReminderName = "keep-alive";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);
    private readonly CancellationTokenSource _stop = new();
    private MailboxReader? _reader;
    private Task? _running;

    private string Name => this.GetPrimaryKeyString();

    /// <inheritdoc/>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        EnsureRunning();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            await _running.WaitAsync(StopTimeout, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stop.Dispose();
    }

    /// <inheritdoc/>
    public async Task StartAsync()
    {
        await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        EnsureRunning();
    }

    /// <inheritdoc/>
    public Task<MailboxStatus> GetStatusAsync() => Task.FromResult(
        _reader?.Status.Current ?? new MailboxStatus(Name, "niet ingesteld", MailboxState.NotConfigured, false, null, 0, null, null, null, 0, 0));

    /// <inheritdoc/>
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        EnsureRunning();
        return Task.CompletedTask;
    }

    private void EnsureRunning()
    {
        if (_running is { IsCompleted: false } || _stop.IsCancellationRequested)
        {
            return;
        }

        var options = channel.Value.Mailboxes.FirstOrDefault(m => m.Name == Name);
        if (options is null)
        {
            LogNotConfigured(logger, Name);
            return;
        }

        _reader = ActivatorUtilities.CreateInstance<MailboxReader>(services, options);
        var reader = _reader;
        _running = Task.Run(() => reader.RunAsync(_stop.Token));
    }

    [LoggerMessage(EventId = 6410, Level = LogLevel.Warning, Message = "Mailbox {Mailbox} is not configured (Mail:Mailboxes); nothing to read")]
    private static partial void LogNotConfigured(ILogger logger, string mailbox);
}
