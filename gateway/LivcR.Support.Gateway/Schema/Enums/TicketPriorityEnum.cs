using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of ticket priorities.</summary>
public sealed class TicketPriorityEnum : EnumerationGraphType<TicketPriority>
{
    /// <summary>Creates the type.</summary>
    public TicketPriorityEnum()
    {
        Name = "TicketPriority";
        Description = "How urgent a ticket is; drives its SLA targets.";
    }
}
