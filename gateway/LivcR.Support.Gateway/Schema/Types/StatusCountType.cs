using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a count per status.</summary>
public sealed class StatusCountType : ObjectGraphType<KeyValuePair<TicketStatus, int>>
{
    /// <summary>Creates the type.</summary>
    public StatusCountType()
    {
        Name = "StatusCount";
        Description = "How many tickets have a status.";
        Field<NonNullGraphType<TicketStatusEnum>, TicketStatus>("status").Description("The status.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>, int>("count").Description("How many.").Resolve(ctx => ctx.Source.Value);
    }
}
