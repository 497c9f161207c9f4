using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a person on a ticket.</summary>
public sealed class TicketPersonType : ObjectGraphType<TicketPerson>
{
    /// <summary>Creates the type.</summary>
    public TicketPersonType()
    {
        Name = "TicketPerson";
        Description = "A person on a ticket: the requester or a message's author.";
        Field(p => p.Name).Description("Full name.");
        Field(p => p.Email).Description("Email address.");
    }
}
