using System.Globalization;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// The mail that tells VVSG staff a ticket passed its due time: to the assignee, or to the configured escalation
/// recipients when nobody is assigned. It names the ticket and its deadline; it never carries the question or the thread.
/// </summary>
public static class EscalationNotice
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>The mails for an escalated ticket; none when there is nobody to tell.</summary>
    public static IReadOnlyList<OutboundMail> For(TicketState ticket, DateTimeOffset? due, IReadOnlyList<string> unassignedRecipients, TimeZoneInfo zone)
    {
        var recipients = ticket.AssigneeEmail is { Length: > 0 } assignee ? [assignee] : unassignedRecipients.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var dueText = due is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("dddd d MMMM yyyy 'om' HH:mm", Dutch) : "onbekend";
        var subject = Subject(ticket.Number!);
        var body = $"""
            Goedendag,

            Ticket {ticket.Number} ("{ticket.Subject}") heeft zijn termijn overschreden.

            Prioriteit: {PriorityText(ticket.Priority)}
            Gemeente (NIS): {(string.IsNullOrEmpty(ticket.MunicipalityNisCode) ? "onbekend" : ticket.MunicipalityNisCode)}
            Termijn: {dueText}
            {(ticket.AssigneeEmail is null ? "Het ticket is nog niet toegewezen." : "Het ticket is aan jou toegewezen.")}

            Open het ticket in de helpdesk om het op te volgen.

            VVSG — ondersteuning radicalisering en polarisering
            """;
        return [.. recipients.Select(to => new OutboundMail(to, subject, body, OutboundMailKind.Escalation, ticket.Number))];
    }

    /// <summary>The subject of the escalation mail of ticket <paramref name="number"/>.</summary>
    public static string Subject(string number) => $"SLA overschreden: ticket {number}";

    private static string PriorityText(Contracts.Tickets.TicketPriority priority) => priority switch
    {
        Contracts.Tickets.TicketPriority.Urgent => "dringend",
        Contracts.Tickets.TicketPriority.High => "hoog",
        Contracts.Tickets.TicketPriority.Low => "laag",
        _ => "normaal",
    };
}
