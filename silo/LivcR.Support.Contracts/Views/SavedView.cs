namespace LivcR.Support.Contracts.Views;

/// <summary>A staff member's saved ticket list: a name, the filter as JSON (the shape of the TicketFilter input) and the order.</summary>
[GenerateSerializer]
[Alias("livcr.saved-view")]
public sealed record SavedView(
    [property: Id(0)] string Name,
    [property: Id(1)] string FilterJson,
    [property: Id(2)] string Order);
