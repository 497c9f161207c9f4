using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Silo.Retention;

/// <summary>How long personal data is kept (section <c>Privacy</c>); see docs/ARCHITECTURE.md, Privacy.</summary>
public sealed class RetentionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Privacy";

    /// <summary>Months after closing before a ticket is anonymised (default 24).</summary>
    [Range(1, 1200)]
    public int RetentionMonths { get; set; } = 24;

    /// <summary>Days quarantined mail and inbound mail that became no ticket are kept (default 90).</summary>
    [Range(1, 36500)]
    public int MailRetentionDays { get; set; } = 90;

    /// <summary>How often the retention job looks for work (default an hour; at least a minute, the reminder's floor).</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after a silo starts the first run begins (default 5 minutes, so a start is not slowed by it).</summary>
    public TimeSpan RetentionStartDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tickets anonymised per batch (default 200): a batch is found with one query and done a few at a time.</summary>
    [Range(1, 10000)]
    public int RetentionBatchSize { get; set; } = 200;

    /// <summary>Tickets anonymised at the same time within a batch (default 32); their writes share group commits with the desk's.</summary>
    [Range(1, 64)]
    public int RetentionParallelism { get; set; } = 32;

    /// <summary>How long one run may take before it yields to the next tick (default 50 seconds).</summary>
    public TimeSpan RetentionRunBudget { get; set; } = TimeSpan.FromSeconds(50);
}
