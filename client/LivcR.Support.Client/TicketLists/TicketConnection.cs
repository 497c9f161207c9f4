namespace LivcR.Support.Client;

/// <summary>A page of tickets (schema type <c>TicketConnection</c>); pass <see cref="EndCursor"/> as <c>after</c> for the next page.</summary>
/// <param name="Nodes">The tickets.</param>
/// <param name="HasNextPage">True when more tickets follow.</param>
/// <param name="EndCursor">Cursor of the last ticket on this page.</param>
/// <param name="TotalCount">How many tickets match in all.</param>
public sealed record TicketConnection(IReadOnlyList<TicketSummary> Nodes, bool HasNextPage, string? EndCursor, int TotalCount);
