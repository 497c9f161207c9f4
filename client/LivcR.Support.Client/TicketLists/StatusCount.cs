namespace LivcR.Support.Client;

/// <summary>How many tickets have a status (schema type <c>StatusCount</c>).</summary>
/// <param name="Status">The status.</param>
/// <param name="Count">How many.</param>
public sealed record StatusCount(TicketStatus Status, int Count);
