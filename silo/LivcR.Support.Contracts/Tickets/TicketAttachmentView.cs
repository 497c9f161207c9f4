namespace LivcR.Support.Contracts.Tickets;

/// <summary>An attachment of a ticket: metadata only; the content is in the attachment store.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-attachment-view")]
public sealed record TicketAttachmentView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string ContentType,
    [property: Id(3)] long Size,
    [property: Id(4)] TicketPerson UploadedBy,
    [property: Id(5)] DateTimeOffset UploadedAt);
