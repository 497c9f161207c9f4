using GraphQL.Types;
using LivcR.Support.Contracts.Live;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of live ticket events.</summary>
public sealed class TicketChangeKindEnum : EnumerationGraphType<TicketChangeKind>
{
    /// <summary>Creates the type.</summary>
    public TicketChangeKindEnum()
    {
        Name = "TicketChangeKind";
        Description = "What a live event tells: CURRENT (where things stand, the first event), CREATED, MESSAGE, NOTE (staff), UPDATED, "
            + "VIEWING and COMPOSING (a staff member's presence, staff only), RESYNC (events may have been missed: read again).";
    }
}
