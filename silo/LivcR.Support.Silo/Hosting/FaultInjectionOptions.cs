using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Silo.Hosting;

/// <summary>
/// Faults a crash test can switch on in a real process. Section <c>Faults</c>. Everything is off by default; never set it
/// in production.
/// </summary>
public sealed class FaultInjectionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Faults";

    /// <summary>
    /// When above 0, the process kills itself (SIGKILL, no shutdown) right after its Nth ticket state write, before that
    /// ticket's read-model row is written and before the caller is answered: the moment a crash hurts the read model most.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int KillAfterTicketWrites { get; set; }

    /// <summary>
    /// When above 0, the process kills itself right after retention's Nth purge of a ticket, before that ticket's
    /// anonymised state is written: a ticket half-way through retention.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int KillAfterRetentionPurges { get; set; }

    /// <summary>
    /// Lets the retention job see time this much later than it is (the rest of the system keeps the real time), so a test
    /// can let years pass in a real process.
    /// </summary>
    public TimeSpan RetentionClockOffset { get; set; }
}
