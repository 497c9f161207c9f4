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
}
