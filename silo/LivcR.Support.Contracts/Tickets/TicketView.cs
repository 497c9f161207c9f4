namespace LivcR.Support.Contracts.Tickets;

/// <summary>A ticket as callers see it.</summary>
/// <remarks><see cref="Version"/> increases with every change, for optimistic concurrency.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("livcr.ticket-view")]
public sealed record TicketView(
    [property: Id(0)] string Number,
    [property: Id(1)] string MunicipalityNisCode,
    [property: Id(2)] string Subject,
    [property: Id(3)] TicketStatus Status,
    [property: Id(4)] TicketPriority Priority,
    [property: Id(5)] TicketPerson Requester,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] IReadOnlyList<TicketMessageView> Messages,
    [property: Id(9)] int Version,
    [property: Id(10)] bool Confidential,
    [property: Id(11)] string? Category,
    [property: Id(12)] string? PreventionLevel,
    [property: Id(13)] IReadOnlyList<string> Tags,
    [property: Id(14)] string? AssigneeEmail,
    [property: Id(15)] IReadOnlyList<string> Links,
    [property: Id(16)] string? MergedInto,
    [property: Id(17)] DateTimeOffset? FirstResponseDue,
    [property: Id(18)] DateTimeOffset? ResolutionDue,
    [property: Id(19)] IReadOnlyList<TicketEntryView> Entries,
    [property: Id(20)] DateTimeOffset? FirstResponseAt,
    [property: Id(21)] bool SlaBreached,
    [property: Id(22)] IReadOnlyList<TicketAttachmentView> Attachments,
    [property: Id(23)] IReadOnlyList<TicketSlaPause> SlaPauses,
    [property: Id(24)] bool LegalHold = false,
    [property: Id(25)] DateTimeOffset? AnonymisedAt = null,
    [property: Id(26)] IReadOnlyList<Privacy.PersonalDataFlag>? PersonalData = null)
{
    /// <summary>What the access rules need.</summary>
    public Access.TicketAccess Access => new(MunicipalityNisCode, Requester.Email, Confidential);
}
