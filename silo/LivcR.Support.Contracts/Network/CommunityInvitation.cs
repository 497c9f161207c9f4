namespace LivcR.Support.Contracts.Network;

/// <summary>An open invitation (the code itself is only mailed to the invitee; the state keeps its hash).</summary>
[GenerateSerializer]
[Alias("livcr.community-invitation")]
public sealed record CommunityInvitation(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] string? MunicipalityNisCode,
    [property: Id(3)] MemberRole Role,
    [property: Id(4)] string InvitedBy,
    [property: Id(5)] DateTimeOffset InvitedAt,
    [property: Id(6)] DateTimeOffset ExpiresAt);
