namespace LivcR.Support.Gateway.Services;

/// <summary>The mail a thread entry came with, as the API shows it.</summary>
/// <param name="MessageId">Its Message-ID without angle brackets; null when it had none.</param>
/// <param name="ReceivedAt">When the helpdesk read it.</param>
/// <param name="Html">The HTML body, sanitised; null for a mail without HTML.</param>
/// <param name="FullText">The whole text as received, quoted history included; null when it was not kept.</param>
public sealed record TicketEntryMail(string? MessageId, DateTimeOffset ReceivedAt, string? Html, string? FullText);
