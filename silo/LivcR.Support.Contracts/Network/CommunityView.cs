namespace LivcR.Support.Contracts.Network;

/// <summary>Everything of a platform or group; the gateway decides what a caller may see of it.</summary>
[GenerateSerializer]
[Alias("livcr.community-view")]
public sealed record CommunityView(
    [property: Id(0)] string Key,
    [property: Id(1)] CommunitySettings Settings,
    [property: Id(2)] IReadOnlyList<CommunityMember> Members,
    [property: Id(3)] IReadOnlyList<CommunityInvitation> Invitations,
    [property: Id(4)] IReadOnlyList<JoinRequest> JoinRequests,
    [property: Id(5)] IReadOnlyList<Meeting> Meetings)
{
    /// <summary>True when this address is a member.</summary>
    public bool HasMember(string email) => Members.Any(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));
}
