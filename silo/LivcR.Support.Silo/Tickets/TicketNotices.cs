using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Templates;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// Which mail a change announces: to the requester the acknowledgement of a new ticket, a staff member's public message,
/// a status they should know of; to staff the escalation of a ticket past its due time. Each notice gets a fresh token (see <see cref="TicketNotice.Token"/>).
/// </summary>
/// <remarks>Applied to the state after the change and before it is written; internal notes are never announced.</remarks>
public static class TicketNotices
{
    /// <summary>
    /// The acknowledgement of a new ticket: always when it came by mail (<paramref name="answering"/> is then the
    /// Message-ID of the mail that asked, if it had one), for the portal when <paramref name="acknowledgePortalTickets"/>.
    /// </summary>
    public static IReadOnlyList<TicketNotice> Acknowledgement(TicketState ticket, bool byMail, bool acknowledgePortalTickets, string? answering = null, bool personalDataFound = false) =>
        byMail || acknowledgePortalTickets
            ? [Notice(ticket, OutboundMailKind.Acknowledgement, new TicketNoticeText(ticket.Requester.Name, ticket.Subject, ticket.Status, PersonalDataFound: personalDataFound), answering)]
            : [];

    /// <summary>The ticket's latest public message, when a staff member wrote it.</summary>
    public static IReadOnlyList<TicketNotice> StaffReply(TicketState ticket) =>
        ticket.Entries.LastOrDefault(e => e.Kind == TicketEntryKind.Message) is { ByStaff: true } message
            ? [Notice(ticket, OutboundMailKind.StaffReply, new TicketNoticeText(ticket.Requester.Name, ticket.Subject, ticket.Status, message.Author.Name, message.Body), null)]
            : [];

    /// <summary>The new status, when it changed to one the requester is told about (waiting for them, resolved, closed).</summary>
    public static IReadOnlyList<TicketNotice> StatusChanged(TicketState ticket, TicketStatus before) =>
        ticket.Status != before && TicketMailTemplates.IsNotified(ticket.Status)
            ? [Notice(ticket, OutboundMailKind.StatusNotification, new TicketNoticeText(ticket.Requester.Name, ticket.Subject, ticket.Status), null)]
            : [];

    /// <summary>
    /// The escalation of a ticket past its due time, to VVSG staff (the assignee, or the escalation recipients when nobody
    /// is assigned): its text is fixed now (Dutch, staff mail; see <see cref="EscalationNotice"/>), the question is never in it.
    /// </summary>
    public static IReadOnlyList<TicketNotice> Escalation(TicketState ticket, DateTimeOffset? due, IReadOnlyList<string> unassignedRecipients, TimeZoneInfo zone) =>
        [.. EscalationNotice.For(ticket, due, unassignedRecipients, zone).Select(mail => new TicketNotice(
            Guid.NewGuid(), OutboundMailKind.Escalation, ticket.Number!, mail.To, new TicketNoticeText(ticket.Requester.Name, ticket.Subject, ticket.Status, Body: mail.TextBody)))];

    private static TicketNotice Notice(TicketState ticket, OutboundMailKind kind, TicketNoticeText text, string? answering) =>
        new(Guid.NewGuid(), kind, ticket.Number!, ticket.Requester.Email, text, answering);
}
