using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a thread entry.</summary>
public sealed class TicketEntryType : ObjectGraphType<TicketEntryView>
{
    /// <summary>Creates the type.</summary>
    public TicketEntryType()
    {
        Name = "TicketEntry";
        Description = "A public message, an internal note (only staff see these) or a system event.";
        Field(e => e.Id).Description("Position in the thread.");
        Field<NonNullGraphType<TicketEntryKindEnum>, TicketEntryKind>("kind").Description("What it is.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<TicketPersonType>, TicketPerson>("author").Description("Who wrote it.").Resolve(ctx => ctx.Source.Author);
        Field(e => e.ByStaff).Description("Written by VVSG staff.");
        Field(e => e.Body).Description("The text.");
        Field(e => e.CreatedAt).Description("When.");
    }
}
