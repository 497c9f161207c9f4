namespace LivcR.Support.Silo.Tickets;

/// <summary>What a deadline check did.</summary>
public enum DeadlineOutcome
{
    /// <summary>Nothing was due.</summary>
    None,

    /// <summary>The resolved ticket closed by itself.</summary>
    Closed,

    /// <summary>The SLA breach was escalated.</summary>
    Escalated,
}
