using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Services;

/// <summary>The outcome for one ticket of a bulk change: the changed ticket, or the error code and message.</summary>
public sealed record BulkTicketResult(string Number, TicketView? Ticket, string? ErrorCode, string? ErrorMessage);
