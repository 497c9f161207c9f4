using GraphQL.Types;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a page of tickets.</summary>
public sealed class TicketConnectionType : ObjectGraphType<TicketPage>
{
    /// <summary>Creates the type.</summary>
    public TicketConnectionType()
    {
        Name = "TicketConnection";
        Description = "A page of tickets; pass endCursor as 'after' for the next page.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketSummaryType>>>, IReadOnlyList<TicketSummary>>("nodes").Description("The tickets.").Resolve(ctx => ctx.Source.Items);
        Field(p => p.HasNextPage).Description("True when more tickets follow.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last ticket on this page.");
        Field(p => p.TotalCount).Description("How many tickets match in all.");
    }
}
