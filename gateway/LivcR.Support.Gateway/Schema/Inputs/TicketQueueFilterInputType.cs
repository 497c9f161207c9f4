using GraphQL.Types;
using LivcR.Support.Gateway.Live;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a queue subscription's filter.</summary>
public sealed class TicketQueueFilterInputType : InputObjectGraphType<TicketQueueFilter>
{
    /// <summary>Creates the type.</summary>
    public TicketQueueFilterInputType()
    {
        Name = "TicketQueueFilter";
        Description = "Which tickets' changes to hear of; all parts are optional and combine with AND, within what you may list.";
        Field<ProvinceEnum>("province").Description("Tickets of municipalities in this province.");
        Field<StringGraphType>("municipalityNisCode").Description("Tickets of one municipality.");
        Field<BooleanGraphType>("assignedToMe").Description("True: only tickets assigned to you.");
        Field<BooleanGraphType>("unassigned").Description("True: only unassigned tickets; false: only assigned ones.");
    }
}
