namespace LivcR.Support.Contracts.Tickets;

/// <summary>An attachment of a ticket: metadata only; the content is in the attachment store.</summary>
/// <remarks>An <see cref="Internal"/> attachment belongs with staff's internal notes: only staff see or download it.</remarks>
[GenerateSerializer]
[Alias("livcr.ticket-attachment-view")]
public sealed record TicketAttachmentView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string ContentType,
    [property: Id(3)] long Size,
    [property: Id(4)] TicketPerson UploadedBy,
    [property: Id(5)] DateTimeOffset UploadedAt,
    [property: Id(6)] bool Internal = false);
