namespace LivcR.Support.Contracts.Network;

/// <summary>A group as the list of groups shows it to everyone: no members, no meetings.</summary>
[GenerateSerializer]
[Alias("livcr.group-summary")]
public sealed record GroupSummary(
    [property: Id(0)] string Slug,
    [property: Id(1)] CommunitySettings Settings,
    [property: Id(2)] int MemberCount,
    [property: Id(3)] int PendingRequests);
