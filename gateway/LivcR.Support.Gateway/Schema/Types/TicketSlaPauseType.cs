using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a pause of the SLA clock.</summary>
public sealed class TicketSlaPauseType : ObjectGraphType<TicketSlaPause>
{
    /// <summary>Creates the type.</summary>
    public TicketSlaPauseType()
    {
        Name = "TicketSlaPause";
        Description = "A stretch of time the SLA clock stood still: the ticket waited for the municipality.";
        Field(p => p.From).Description("When the wait began.");
        Field(p => p.To, nullable: true).Description("When it ended; null while the ticket still waits.");
    }
}
