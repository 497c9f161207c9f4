namespace LivcR.Support.Client;

/// <summary>A named ticket list (schema type <c>TicketListView</c>); run it with <see cref="SupportClient.ListTicketViewAsync"/>.</summary>
/// <param name="Name">The name.</param>
/// <param name="BuiltIn">A fixed list that cannot be changed.</param>
/// <param name="OrderBy">The order.</param>
public sealed record TicketListView(string Name, bool BuiltIn, TicketOrder OrderBy);
