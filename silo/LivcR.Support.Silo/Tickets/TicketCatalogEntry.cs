namespace LivcR.Support.Silo.Tickets;

/// <summary>A configurable list entry (category or prevention level): a stable key and a Dutch label.</summary>
public sealed class TicketCatalogEntry
{
    /// <summary>Stable key, stored on tickets.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Label shown to people.</summary>
    public string Label { get; set; } = string.Empty;
}
