using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Contracts.Network;

/// <summary>What a platform or group is: kind, name, description, province (platforms) and capacity (intervision).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Name">The name, e.g. "Kennisgroep radicalisering en polarisering".</param>
/// <param name="Description">What it is for; the one thing non-members see.</param>
/// <param name="Province">The province of a platform; null for a group.</param>
/// <param name="Capacity">Most members, or null for no limit.</param>
[GenerateSerializer]
[Alias("livcr.community-settings")]
public sealed record CommunitySettings(
    [property: Id(0)] CommunityKind Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] string Description,
    [property: Id(3)] Province? Province = null,
    [property: Id(4)] int? Capacity = null);
