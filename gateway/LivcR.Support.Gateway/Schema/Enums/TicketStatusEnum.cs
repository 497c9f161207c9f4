using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of ticket statuses.</summary>
public sealed class TicketStatusEnum : EnumerationGraphType<TicketStatus>
{
    /// <summary>Creates the type.</summary>
    public TicketStatusEnum()
    {
        Name = "TicketStatus";
        Description = "Where a ticket stands: NEW → OPEN → WAITING_FOR_MUNICIPALITY → RESOLVED → CLOSED.";
    }
}
