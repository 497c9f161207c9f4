using GraphQL.Types;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of list orders.</summary>
public sealed class TicketOrderEnum : EnumerationGraphType<TicketOrder>
{
    /// <summary>Creates the type.</summary>
    public TicketOrderEnum()
    {
        Name = "TicketOrder";
        Description = "DUE_AT (earliest due first), PRIORITY (most urgent first), UPDATED and CREATED (newest first).";
    }
}
