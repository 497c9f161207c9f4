using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of thread entry kinds.</summary>
public sealed class TicketEntryKindEnum : EnumerationGraphType<TicketEntryKind>
{
    /// <summary>Creates the type.</summary>
    public TicketEntryKindEnum()
    {
        Name = "TicketEntryKind";
        Description = "MESSAGE (public), INTERNAL_NOTE (staff only), SYSTEM_EVENT.";
    }
}
