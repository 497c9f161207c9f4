namespace LivcR.Support.Silo.ReadModel;

/// <summary>One page of a ticket list with a cursor for the next.</summary>
public sealed record TicketPage(IReadOnlyList<TicketSummary> Items, bool HasNextPage, string? EndCursor, int TotalCount);
