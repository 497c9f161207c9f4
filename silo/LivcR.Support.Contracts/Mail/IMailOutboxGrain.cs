using Orleans.Concurrency;

namespace LivcR.Support.Contracts.Mail;

/// <summary>
/// The one delivery worker of the outbox in the whole cluster (key <c>outbox</c>): sends the mails waiting in the outbox
/// table over SMTP, retries with back-off, marks a mail failed after the configured number of attempts.
/// </summary>
/// <remarks>
/// Kept alive by a reminder; while active it polls the table on a timer, and <see cref="WakeAsync"/> makes it look at
/// once. The table is the truth: the grain holds no state of its own, so a restart or a move to another silo loses nothing.
/// </remarks>
[Alias("livcr.mail-outbox")]
public interface IMailOutboxGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the keep-alive reminder exists (called at silo start; idempotent).</summary>
    [Alias("start")]
    Task StartAsync();

    /// <summary>Asks the worker to look for due mail soon (after an enqueue or a retry).</summary>
    [Alias("wake")]
    [OneWay]
    Task WakeAsync();

    /// <summary>Delivers what is due now; returns how many mails were handled (sent, failed, suppressed or rescheduled).</summary>
    [Alias("deliver")]
    Task<int> DeliverDueAsync();
}
