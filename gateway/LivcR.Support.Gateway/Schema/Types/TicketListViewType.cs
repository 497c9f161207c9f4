using GraphQL.Types;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a named ticket list.</summary>
public sealed class TicketListViewType : ObjectGraphType<TicketListView>
{
    /// <summary>Creates the type.</summary>
    public TicketListViewType()
    {
        Name = "TicketListView";
        Description = "A named ticket list; run it with tickets(view: name).";
        Field(v => v.Name).Description("The name.");
        Field(v => v.BuiltIn).Description("A fixed list (cannot be changed).");
        Field<NonNullGraphType<TicketOrderEnum>, TicketOrder>("orderBy").Description("The order.").Resolve(ctx => ctx.Source.Order);
    }
}
