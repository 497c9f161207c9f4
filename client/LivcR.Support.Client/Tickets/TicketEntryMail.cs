namespace LivcR.Support.Client;

/// <summary>The mail a thread entry came with (schema type <c>TicketEntryMail</c>).</summary>
/// <param name="MessageId">Its Message-ID without angle brackets; null when the mail had none.</param>
/// <param name="ReceivedAt">When the helpdesk read it.</param>
/// <param name="Html">The HTML body, sanitised by the server (no scripts, event handlers or remote images); null for a mail without HTML. Show it in a sandboxed frame all the same.</param>
/// <param name="FullText">The whole text as received, with the quoted history; null when it was not kept.</param>
public sealed record TicketEntryMail(string? MessageId, DateTimeOffset ReceivedAt, string? Html, string? FullText);
