namespace LivcR.Support.Contracts.Tickets;

/// <summary>A question a municipality asks VVSG ("ondersteuning op maat").</summary>
/// <remarks><see cref="ClientRequestId"/>: the caller's idempotency key as given; the gateway scopes it to the caller.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("livcr.helpdesk-request")]
public sealed record HelpdeskRequest(
    [property: Id(0)] string MunicipalityNisCode,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Body,
    [property: Id(3)] string RequesterName,
    [property: Id(4)] string RequesterEmail,
    [property: Id(5)] bool Confidential = false,
    [property: Id(6)] string? FollowUpOf = null,
    [property: Id(7)] string? Category = null,
    [property: Id(8)] string? PreventionLevel = null,
    [property: Id(9)] string? ClientRequestId = null);
