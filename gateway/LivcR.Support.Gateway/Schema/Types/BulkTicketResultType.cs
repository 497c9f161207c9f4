using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of one ticket's outcome in a bulk change.</summary>
public sealed class BulkTicketResultType : ObjectGraphType<BulkTicketResult>
{
    /// <summary>Creates the type.</summary>
    public BulkTicketResultType()
    {
        Name = "BulkTicketResult";
        Description = "The changed ticket, or why this one was refused.";
        Field(r => r.Number).Description("The ticket number.");
        Field<TicketType, TicketView>("ticket").Description("The changed ticket.").Resolve(ctx => ctx.Source.Ticket);
        Field(r => r.ErrorCode, nullable: true).Description("Error code when refused.");
        Field(r => r.ErrorMessage, nullable: true).Description("Error message when refused.");
    }
}
