namespace LivcR.Support.Client;

/// <summary>
/// The working group, the knowledge group or an intervision group (schema type <c>NetworkGroup</c>). Non-members see the
/// description; members also members and meetings; staff everything. What you may not see is null.
/// </summary>
/// <param name="Slug">Key in links, e.g. <c>kennisgroep</c>.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Capacity">Most members, if limited.</param>
/// <param name="MemberCount">How many members.</param>
/// <param name="IsMember">True when you are a member.</param>
/// <param name="CanManage">True for staff.</param>
/// <param name="MyRequest">Your pending join request, if any.</param>
/// <param name="Members">Members (members and staff only).</param>
/// <param name="Meetings">Meetings (members and staff only).</param>
/// <param name="Invitations">Open invitations (staff only).</param>
/// <param name="JoinRequests">Pending join requests (staff only).</param>
public sealed record NetworkGroup(
    string Slug,
    CommunityKind Kind,
    string Name,
    string Description,
    int? Capacity,
    int MemberCount,
    bool IsMember,
    bool CanManage,
    JoinRequest? MyRequest,
    IReadOnlyList<NetworkMember>? Members,
    IReadOnlyList<NetworkMeeting>? Meetings,
    IReadOnlyList<NetworkInvitation>? Invitations,
    IReadOnlyList<JoinRequest>? JoinRequests);
