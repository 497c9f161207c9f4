using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets.Sla;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The SLA targets per priority on VVSG's business calendar; computes a ticket's due times.</summary>
public sealed class SlaPolicy(IOptions<TicketOptions> options)
{
    /// <summary>Monday–Friday 09:00–17:00 Europe/Brussels, without Belgian public holidays and the configured closing days.</summary>
    public BusinessCalendar Calendar { get; } = BusinessCalendar.Brussels(options.Value.ClosingDays);

    /// <summary>The helpdesk's time zone (<c>Tickets:TimeZone</c>), looked up once.</summary>
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The first-response target of a priority, in business time.</summary>
    public TimeSpan FirstResponseTarget(TicketPriority priority) => Hours(options.Value.FirstResponseHours, priority);

    /// <summary>The resolution target of a priority, in business time.</summary>
    public TimeSpan ResolutionTarget(TicketPriority priority) => Hours(options.Value.ResolutionHours, priority);

    /// <summary>When the first answer and the resolution are due; null once done, or while the clock is paused.</summary>
    public (DateTimeOffset? FirstResponseDue, DateTimeOffset? ResolutionDue) DueTimes(TicketState ticket)
    {
        if (!ticket.Exists || ticket.Status is TicketStatus.Closed || ticket.MergedInto is not null)
        {
            return (null, null);
        }

        var pauses = Pauses(ticket);
        var firstResponse = ticket.FirstResponseAt is null
            ? SlaClock.DueAt(Calendar, ticket.CreatedAt, FirstResponseTarget(ticket.Priority), pauses)
            : null;
        var resolution = ticket.Status is TicketStatus.Resolved
            ? null
            : SlaClock.DueAt(Calendar, ticket.CreatedAt, ResolutionTarget(ticket.Priority), pauses);
        return (firstResponse, resolution);
    }

    /// <summary>Business time the ticket's clock ran from creation until a moment (pauses excluded).</summary>
    public TimeSpan Elapsed(TicketState ticket, DateTimeOffset until) =>
        SlaClock.Elapsed(Calendar, ticket.CreatedAt, until, Pauses(ticket));

    private static List<SlaPause> Pauses(TicketState ticket) => ticket.Pauses.Select(p => new SlaPause(p.From, p.To)).ToList();

    private static TimeSpan Hours(Dictionary<string, double> table, TicketPriority priority) =>
        TimeSpan.FromHours(table.TryGetValue(priority.ToString(), out var hours) ? hours : throw new InvalidOperationException($"No SLA target for priority {priority}."));
}
