namespace LivcR.Support.Contracts.Retention;

/// <summary>
/// The retention job (key <see cref="Key"/>): a durable reminder that finds closed tickets past <c>Privacy:RetentionMonths</c>
/// and lets each ticket anonymise itself, in batches, and clears quarantined mail past <c>Privacy:MailRetentionDays</c>.
/// Idempotent and resumable: after a crash the next run finds what is left.
/// </summary>
[Alias("livcr.retention")]
public interface IRetentionGrain : IGrainWithStringKey
{
    /// <summary>The one key.</summary>
    const string Key = "privacy";

    /// <summary>Makes sure the reminder exists (called at silo start; idempotent).</summary>
    [Alias("start")]
    Task StartAsync();

    /// <summary>Runs until nothing is due (or the run's budget is used); waits for a run already going.</summary>
    [Alias("run")]
    Task<RetentionRun> RunAsync();
}

/// <summary>What one run did.</summary>
/// <param name="Anonymised">Tickets anonymised.</param>
/// <param name="Skipped">Tickets the read model offered that their own state found not due (reopened, on hold, done).</param>
/// <param name="MailCleared">Quarantined mails whose content was removed.</param>
/// <param name="Finished">False when the run stopped at its budget with work left for the next one.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.retention-run")]
public sealed record RetentionRun(
    [property: Id(0)] int Anonymised,
    [property: Id(1)] int Skipped,
    [property: Id(2)] int MailCleared,
    [property: Id(3)] bool Finished);
