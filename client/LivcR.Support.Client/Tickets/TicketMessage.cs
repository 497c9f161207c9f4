namespace LivcR.Support.Client;

/// <summary>A public message in a ticket's thread (schema type <c>TicketMessage</c>).</summary>
/// <param name="Id">Position in the thread, from 1.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Body">The text.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record TicketMessage(int Id, TicketPerson Author, string Body, DateTimeOffset CreatedAt);
