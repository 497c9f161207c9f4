namespace LivcR.Support.Contracts.Tickets;

/// <summary>What an entry in a ticket's thread is.</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum TicketEntryKind
{
    /// <summary>A public message, from the municipality or from staff.</summary>
    Message = 1,

    /// <summary>A staff-only note, never shown to the municipality nor mailed.</summary>
    InternalNote = 2,

    /// <summary>Something the system recorded (status changed, assigned, …).</summary>
    SystemEvent = 3,
}
