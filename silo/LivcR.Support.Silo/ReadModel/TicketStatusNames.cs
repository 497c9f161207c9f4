using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>The stable text of a status in the read model (the GraphQL enum names).</summary>
public static class TicketStatusNames
{
    /// <summary>e.g. WAITING_FOR_MUNICIPALITY.</summary>
    public static string Of(TicketStatus status) => status switch
    {
        TicketStatus.New => "NEW",
        TicketStatus.Open => "OPEN",
        TicketStatus.WaitingForMunicipality => "WAITING_FOR_MUNICIPALITY",
        TicketStatus.Resolved => "RESOLVED",
        TicketStatus.Closed => "CLOSED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status of a stored name.</summary>
    public static TicketStatus Parse(string name) => Enum.GetValues<TicketStatus>().First(s => Of(s) == name);
}
