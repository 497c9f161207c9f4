namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// A seam for the tests that prove a ticket change neither loses its mail nor announces what was not stored: called
/// with the ticket number at each <see cref="TicketWriteStep"/>. Does nothing unless a test sets it.
/// </summary>
public sealed class TicketWriteHooks
{
    /// <summary>Called at each step; an exception here is a failure of the save at that moment.</summary>
    public Func<TicketWriteStep, string, Task>? OnStep { get; set; }

    /// <summary>Runs the hook, if any.</summary>
    public Task StepAsync(TicketWriteStep step, string ticketNumber) => OnStep?.Invoke(step, ticketNumber) ?? Task.CompletedTask;
}
