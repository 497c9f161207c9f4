namespace LivcR.Support.Client;

/// <summary>An entry of a ticket's whole thread (schema type <c>TicketEntry</c>).</summary>
/// <param name="Id">Position in the thread.</param>
/// <param name="Kind">A public message, an internal note (staff only) or a system event.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="ByStaff">Written by VVSG staff.</param>
/// <param name="Body">The text.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="Mail">The mail it came with; null for an entry written in the portal, or one whose mail the caller may not see.</param>
public sealed record TicketEntry(int Id, TicketEntryKind Kind, TicketPerson Author, bool ByStaff, string Body, DateTimeOffset CreatedAt, TicketEntryMail? Mail);
