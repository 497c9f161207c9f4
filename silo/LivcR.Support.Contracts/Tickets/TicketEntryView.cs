namespace LivcR.Support.Contracts.Tickets;

/// <summary>One entry of a ticket's thread: a public message, an internal note or a system event.</summary>
/// <param name="Id">Position in the thread, from 1.</param>
/// <param name="Kind">Message, internal note or system event.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="ByStaff">True when VVSG staff wrote it.</param>
/// <param name="Body">The text.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="MailKey">
/// The dedupe key of the mail the entry came with (its row in <c>livcr_mail_inbound</c>: sanitised HTML, whole text);
/// null for an entry written in the portal, and for mail taken in before entries remembered it.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.ticket-entry-view")]
public sealed record TicketEntryView(
    [property: Id(0)] int Id,
    [property: Id(1)] TicketEntryKind Kind,
    [property: Id(2)] TicketPerson Author,
    [property: Id(3)] bool ByStaff,
    [property: Id(4)] string Body,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] string? MailKey = null);
