using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Silo.Network;

/// <summary>The stored people and meetings of a platform or group.</summary>
/// <remarks>Bounded: groups and platforms have tens of members and a few meetings a year; minutes are capped in length.</remarks>
[GenerateSerializer]
[Alias("livcr.community-state")]
public sealed class CommunityState
{
    /// <summary>What it is; null while it does not exist.</summary>
    [Id(0)]
    public CommunitySettings? Settings { get; set; }

    /// <summary>The members, in order of joining.</summary>
    [Id(1)]
    public List<CommunityMember> Members { get; set; } = [];

    /// <summary>Open invitations (one per address).</summary>
    [Id(2)]
    public List<StoredInvitation> Invitations { get; set; } = [];

    /// <summary>Pending join requests, first come first.</summary>
    [Id(3)]
    public List<JoinRequest> JoinRequests { get; set; } = [];

    /// <summary>Meetings, by start.</summary>
    [Id(4)]
    public List<Meeting> Meetings { get; set; } = [];

    /// <summary>The next meeting number.</summary>
    [Id(5)]
    public int NextMeeting { get; set; } = 1;

    /// <summary>The idempotency keys of the invitations made (last 24 hours): key → the invited address.</summary>
    [Id(6)]
    public List<Requests.RequestKeyState> RequestKeys { get; set; } = [];
}
