using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The parameters a ticket mail's template needs, kept with the staged mail until it is sent.</summary>
/// <param name="RequesterName">The requester's name (the greeting).</param>
/// <param name="Subject">The ticket's subject.</param>
/// <param name="Status">The ticket's status after the change (what a status notification tells).</param>
/// <param name="AuthorName">For a staff reply: the staff member who wrote it.</param>
/// <param name="Body">For a staff reply: the public message itself. Personal data: deleted from the outbox once sent, never logged.</param>
/// <param name="PersonalDataFound">For an acknowledgement: the question held personal data, so the mail asks not to send such data.</param>
public sealed record TicketNoticeText(string RequesterName, string Subject, TicketStatus Status, string? AuthorName = null, string? Body = null, bool PersonalDataFound = false);
