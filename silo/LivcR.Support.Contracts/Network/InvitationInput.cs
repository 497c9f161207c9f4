namespace LivcR.Support.Contracts.Network;

/// <summary>Whom to invite: address, name, municipality (required for a platform) and role.</summary>
/// <remarks>
/// <see cref="RequestKey"/>: the <c>clientRequestId</c> as given, which the gateway replaces with the caller's scoped key;
/// the same key again within 24 hours returns the open invitation without inviting (or mailing) again.
/// </remarks>
[GenerateSerializer]
[Alias("livcr.invitation-input")]
public sealed record InvitationInput(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] string? MunicipalityNisCode,
    [property: Id(3)] MemberRole Role = MemberRole.Member,
    [property: Id(4)] string? RequestKey = null);
