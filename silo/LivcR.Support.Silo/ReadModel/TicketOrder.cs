namespace LivcR.Support.Silo.ReadModel;

/// <summary>How a list is sorted; ties are broken by ticket number.</summary>
public enum TicketOrder
{
    /// <summary>Earliest due time first (tickets without one last).</summary>
    DueAt,

    /// <summary>Most urgent first.</summary>
    Priority,

    /// <summary>Most recently changed first.</summary>
    Updated,

    /// <summary>Newest first.</summary>
    Created,
}
