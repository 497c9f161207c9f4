using GraphQL.Types;
using LivcR.Support.Gateway.Live;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a live ticket event.</summary>
public sealed class TicketChangeEventType : ObjectGraphType<TicketChangeEvent>
{
    /// <summary>Creates the type.</summary>
    public TicketChangeEventType()
    {
        Name = "TicketChangeEvent";
        Description = "Something happened to a ticket: what, its version now, by whom. No content: read the ticket for that.";
        Field<NonNullGraphType<TicketChangeKindEnum>>("kind").Description("What happened.").Resolve(ctx => ctx.Source.Kind);
        Field(e => e.Number, nullable: true).Description("The ticket; null for the queue's CURRENT and for RESYNC.");
        Field(e => e.Version).Description("The ticket's version after the change (what expectedVersion should be now); 0 when there is no ticket.");
        Field<TicketStatusEnum>("status").Description("The ticket's status after the change.").Resolve(ctx => ctx.Source.Status);
        Field(e => e.MunicipalityNisCode, nullable: true).Description("The ticket's municipality.");
        Field(e => e.AssigneeEmail, nullable: true).Description("Who the ticket is assigned to.");
        Field(e => e.ActorName, nullable: true).Description("Who did it (for VIEWING and COMPOSING: who is on the ticket).");
        Field(e => e.ActorEmail, nullable: true).Description("Their email address.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When.").Resolve(ctx => ctx.Source.At);
    }
}
