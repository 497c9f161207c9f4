using LivcR.Support.Contracts.Mail;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>
/// Brings the delivery worker's next pass forward after ticket mail was staged, without a grain call on the request
/// path: the first nudge of a short window sends one one-way wake from outside any grain turn; further nudges in that
/// window ride along.
/// </summary>
/// <remarks>
/// At a thousand staged mails a second this is at most twenty wakes a second per silo instead of a thousand. A lost wake
/// costs at most the worker's poll interval (<c>Mail:Outbox:PollSeconds</c>); the table is the truth.
/// </remarks>
public sealed partial class OutboxNudge(IGrainFactory grains, ILogger<OutboxNudge> logger)
{
    /// <summary>How long nudges are gathered into one wake.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(50);

    private int _pending;

    /// <summary>Asks for a delivery pass soon; returns at once.</summary>
    public void Soon()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        // Task.Run leaves the caller's grain turn: the wake is not a call made by (and waited for in) the ticket.
        _ = Task.Run(WakeAsync);
    }

    private async Task WakeAsync()
    {
        await Task.Delay(Window);
        Volatile.Write(ref _pending, 0);
        try
        {
            await grains.GetGrain<IMailOutboxGrain>(DurableMailOutbox.WorkerKey).WakeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogWakeFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 6121, Level = LogLevel.Debug, Message = "Could not wake the outbox worker; it finds the mail on its next poll")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception);
}
