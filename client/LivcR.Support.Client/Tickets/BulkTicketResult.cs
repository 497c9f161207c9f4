namespace LivcR.Support.Client;

/// <summary>One ticket's outcome in <see cref="SupportClient.BulkTriageAsync"/> (schema type <c>BulkTicketResult</c>).</summary>
/// <param name="Number">The ticket number.</param>
/// <param name="Ticket">The changed ticket; null when refused.</param>
/// <param name="ErrorCode">Why it was refused (see <see cref="SupportErrorCodes"/>); null when changed.</param>
/// <param name="ErrorMessage">The server's message when refused.</param>
public sealed record BulkTicketResult(string Number, TicketState? Ticket, string? ErrorCode, string? ErrorMessage);
