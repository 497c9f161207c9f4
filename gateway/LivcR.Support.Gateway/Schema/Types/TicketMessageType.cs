using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a public message on a ticket.</summary>
public sealed class TicketMessageType : ObjectGraphType<TicketMessageView>
{
    /// <summary>Creates the type.</summary>
    public TicketMessageType()
    {
        Name = "TicketMessage";
        Description = "A public message in a ticket's thread.";
        Field(m => m.Id).Description("Position in the thread, from 1.");
        Field<NonNullGraphType<TicketPersonType>, TicketPerson>("author").Description("Who wrote it.").Resolve(ctx => ctx.Source.Author);
        Field(m => m.Body).Description("The text.");
        Field(m => m.CreatedAt).Description("When it was written.");
    }
}
