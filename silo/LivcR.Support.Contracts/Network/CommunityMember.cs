namespace LivcR.Support.Contracts.Network;

/// <summary>A member of a platform or group.</summary>
[GenerateSerializer]
[Alias("livcr.community-member")]
public sealed record CommunityMember(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] string? MunicipalityNisCode,
    [property: Id(3)] MemberRole Role,
    [property: Id(4)] DateTimeOffset JoinedAt);
