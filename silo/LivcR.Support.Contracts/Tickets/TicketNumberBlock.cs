namespace LivcR.Support.Contracts.Tickets;

/// <summary>A range of ticket numbers of one year, reserved for one allocator.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-number-block")]
public sealed record TicketNumberBlock(
    [property: Id(0)] int Year,
    [property: Id(1)] int First,
    [property: Id(2)] int Count);
