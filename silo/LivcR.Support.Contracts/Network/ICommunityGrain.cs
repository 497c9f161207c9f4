using LivcR.Support.Contracts.Access;

namespace LivcR.Support.Contracts.Network;

/// <summary>
/// The people and meetings of one provincial platform or group (key: <see cref="CommunityKeys"/>). Each change checks
/// the caller with <see cref="NetworkAccessPolicy"/>: platforms are managed by staff and the organisers of their province,
/// groups by staff. Invitations, decisions and meeting invitations are mailed.
/// </summary>
[Alias("livcr.community")]
public interface ICommunityGrain : IGrainWithStringKey
{
    /// <summary>Everything, or null when the platform or group does not exist.</summary>
    [Alias("get")]
    Task<CommunityView?> GetAsync();

    /// <summary>Creates the community with these settings when it does not exist yet (start-up seeding); never overwrites.</summary>
    [Alias("seed")]
    Task<bool> SeedAsync(CommunitySettings settings);

    /// <summary>Creates a group or changes its name, description or capacity (staff). BAD_USER_INPUT naming the field.</summary>
    [Alias("configure")]
    Task<CommunityView> ConfigureAsync(Actor actor, CommunitySettings settings);

    /// <summary>Invites someone by email; the invitee gets a code that expires. CONFLICT when already a member or the group is full.</summary>
    [Alias("invite")]
    Task<IssuedInvitation> InviteAsync(Actor actor, InvitationInput input);

    /// <summary>Accepts an invitation by its code (the code proves the mailbox). NOT_FOUND for an unknown code, CONFLICT when expired or full.</summary>
    [Alias("accept")]
    Task<CommunityMember> AcceptInvitationAsync(string code);

    /// <summary>The open or expired invitation this code belongs to, without accepting it; null for an unknown or used code.</summary>
    [Alias("find-invitation")]
    Task<CommunityInvitation?> FindInvitationAsync(string code);

    /// <summary>Removes a member (managers). NOT_FOUND when the address is not a member.</summary>
    [Alias("remove")]
    Task<CommunityView> RemoveMemberAsync(Actor actor, string email);

    /// <summary>The caller leaves. NOT_FOUND when they are not a member.</summary>
    [Alias("leave")]
    Task LeaveAsync(Actor actor);

    /// <summary>Asks to join a group with a motivation; staff and the requester are mailed. CONFLICT on a platform, for a member, or when one is pending.</summary>
    [Alias("request-to-join")]
    Task<JoinRequest> RequestToJoinAsync(Actor actor, string name, string? municipalityNisCode, string motivation);

    /// <summary>Staff approve (the requester becomes a member) or decline with a reason; the requester is mailed.</summary>
    [Alias("decide")]
    Task<CommunityView> DecideJoinRequestAsync(Actor actor, string email, bool approve, string? reason);

    /// <summary>Plans a meeting and mails every member an invitation with an iCalendar file.</summary>
    [Alias("plan-meeting")]
    Task<Meeting> PlanMeetingAsync(Actor actor, MeetingInput input);

    /// <summary>Changes a meeting (agenda, minutes, time, place); members are mailed again when time or place changed.</summary>
    [Alias("update-meeting")]
    Task<Meeting> UpdateMeetingAsync(Actor actor, string meetingId, MeetingInput input);

    /// <summary>Records who attended (members' addresses; replaces the earlier list).</summary>
    [Alias("attendance")]
    Task<Meeting> RecordAttendanceAsync(Actor actor, string meetingId, IReadOnlyList<string> attendees);

    /// <summary>Erasure of a person (GDPR art. 17): membership, invitation and join request removed, attendance anonymised.</summary>
    [Alias("erase-person")]
    Task<bool> ErasePersonAsync(string email);
}
