using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Services;

/// <summary>A named ticket list: built in, or saved by the staff member.</summary>
public sealed record TicketListView(string Name, bool BuiltIn, TicketFilter Filter, TicketOrder Order);
