namespace LivcR.Support.Client;

/// <summary>The network: provincial platforms, groups, invitations, join requests and meetings.</summary>
/// <remarks>
/// Invitations and planned or changed meetings are mailed by the server (meetings with an iCalendar file). Members,
/// meetings and invitations of a platform or group are null in the result for callers who may not see them.
/// </remarks>
public sealed partial class SupportClient
{
    /// <summary>A provincial platform: represented municipalities for all; members and meetings for its organisers, members and staff.</summary>
    public Task<NetworkPlatform> GetPlatformAsync(Province province, CancellationToken cancellationToken = default) =>
        RunAsync<NetworkPlatform>(Documents.GetPlatform, "platform", new { province }, cancellationToken);

    /// <summary>The working group, the knowledge group and the intervision groups (descriptions and sizes), optionally of one kind.</summary>
    public Task<IReadOnlyList<NetworkGroupSummary>> GroupsAsync(CommunityKind? kind = null, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<NetworkGroupSummary>>(Documents.GetGroups, "groups", new { kind }, cancellationToken);

    /// <summary>A group by slug: the description for all, members and meetings for its members and staff; <see cref="SupportErrorCodes.NotFound"/> when unknown.</summary>
    public Task<NetworkGroup> GetGroupAsync(string slug, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        return RunAsync<NetworkGroup>(Documents.GetGroup, "group", new { slug }, cancellationToken);
    }

    /// <summary>
    /// Anyone, signed in or not: what an invitation code from the mail is for (platform or group, invitee, expiry), without
    /// accepting it. <see cref="SupportErrorCodes.NotFound"/> for an unknown or used code.
    /// </summary>
    public Task<NetworkInvitationPreview> GetNetworkInvitationAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return RunAsync<NetworkInvitationPreview>(Documents.GetNetworkInvitation, "networkInvitation", new { code }, cancellationToken);
    }

    /// <summary>
    /// Anyone, signed in or not: accepts an invitation to a platform or group with the code from the mail (the code is the
    /// proof). <see cref="SupportErrorCodes.NotFound"/> for an unknown or used code, <see cref="SupportErrorCodes.Conflict"/>
    /// when it expired or the group is full.
    /// </summary>
    public Task<NetworkMember> AcceptNetworkInvitationAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return RunAsync<NetworkMember>(Documents.AcceptNetworkInvitation, "acceptNetworkInvitation", new { code }, cancellationToken);
    }

    /// <summary>Staff and the province's organisers: invites someone of a municipality of the province to its platform; they are mailed a code.</summary>
    public Task<NetworkInvitation> InvitePlatformMemberAsync(Province province, NetworkInvitationInput invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return RunRetryingAsync<NetworkInvitation>(Documents.InvitePlatformMember, "invitePlatformMember",
            new { province, input = invitation with { ClientRequestId = invitation.ClientRequestId ?? NewRequestId() } }, cancellationToken);
    }

    /// <summary>Staff and the province's organisers: removes a member of the platform.</summary>
    public Task<bool> RemovePlatformMemberAsync(Province province, string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<bool>(Documents.RemovePlatformMember, "removePlatformMember", new { province, email }, cancellationToken);
    }

    /// <summary>You leave a platform; <see cref="SupportErrorCodes.NotFound"/> when you are not a member.</summary>
    public Task<bool> LeavePlatformAsync(Province province, CancellationToken cancellationToken = default) =>
        RunAsync<bool>(Documents.LeavePlatform, "leavePlatform", new { province }, cancellationToken);

    /// <summary>Staff and the province's organisers: plans a platform meeting; every member is mailed an invitation with an iCalendar file.</summary>
    public Task<NetworkMeeting> PlanPlatformMeetingAsync(Province province, NetworkMeetingInput meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return RunAsync<NetworkMeeting>(Documents.PlanPlatformMeeting, "planPlatformMeeting", new { province, input = meeting }, cancellationToken);
    }

    /// <summary>Staff and the province's organisers: replaces a meeting (agenda, minutes too); members are mailed again when time or place changed.</summary>
    public Task<NetworkMeeting> UpdatePlatformMeetingAsync(Province province, string meetingId, NetworkMeetingInput meeting, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(meetingId);
        ArgumentNullException.ThrowIfNull(meeting);
        return RunAsync<NetworkMeeting>(Documents.UpdatePlatformMeeting, "updatePlatformMeeting", new { province, meetingId, input = meeting }, cancellationToken);
    }

    /// <summary>Staff and the province's organisers, once the meeting started: who of the members attended.</summary>
    public Task<NetworkMeeting> RecordPlatformAttendanceAsync(Province province, string meetingId, IEnumerable<string> attendees, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(meetingId);
        ArgumentNullException.ThrowIfNull(attendees);
        return RunAsync<NetworkMeeting>(
            Documents.RecordPlatformAttendance, "recordPlatformAttendance", new { province, meetingId, attendees = attendees.ToList() }, cancellationToken);
    }

    /// <summary>Staff: creates a group or changes it; <paramref name="slug"/> is 3 to 60 of a-z, 0-9 and hyphens.</summary>
    public Task<NetworkGroup> SaveGroupAsync(string slug, NetworkGroupInput group, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentNullException.ThrowIfNull(group);
        return RunAsync<NetworkGroup>(Documents.SaveGroup, "saveGroup", new { slug, input = group }, cancellationToken);
    }

    /// <summary>Staff: invites someone to a group; they are mailed a code.</summary>
    public Task<NetworkInvitation> InviteGroupMemberAsync(string slug, NetworkInvitationInput invitation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentNullException.ThrowIfNull(invitation);
        return RunRetryingAsync<NetworkInvitation>(Documents.InviteGroupMember, "inviteGroupMember",
            new { slug, input = invitation with { ClientRequestId = invitation.ClientRequestId ?? NewRequestId() } }, cancellationToken);
    }

    /// <summary>Staff: removes a member of a group.</summary>
    public Task<bool> RemoveGroupMemberAsync(string slug, string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<bool>(Documents.RemoveGroupMember, "removeGroupMember", new { slug, email }, cancellationToken);
    }

    /// <summary>You leave a group; <see cref="SupportErrorCodes.NotFound"/> when you are not a member.</summary>
    public Task<bool> LeaveGroupAsync(string slug, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        return RunAsync<bool>(Documents.LeaveGroup, "leaveGroup", new { slug }, cancellationToken);
    }

    /// <summary>You ask to join a group with a motivation (10 to 2000 characters); staff decide and you are mailed.</summary>
    public Task<JoinRequest> RequestToJoinGroupAsync(string slug, string motivation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentNullException.ThrowIfNull(motivation);
        return RunAsync<JoinRequest>(Documents.RequestToJoinGroup, "requestToJoinGroup", new { slug, motivation }, cancellationToken);
    }

    /// <summary>Staff: approves a join request; the requester becomes a member and is mailed. <see cref="SupportErrorCodes.Conflict"/> when the group is full.</summary>
    public Task<NetworkGroup> ApproveJoinRequestAsync(string slug, string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<NetworkGroup>(Documents.DecideJoinRequest, "decideJoinRequest", new { slug, email, approve = true }, cancellationToken);
    }

    /// <summary>Staff: declines a join request; the requester is mailed the reason.</summary>
    public Task<NetworkGroup> DeclineJoinRequestAsync(string slug, string email, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return RunAsync<NetworkGroup>(Documents.DecideJoinRequest, "decideJoinRequest", new { slug, email, approve = false, reason }, cancellationToken);
    }

    /// <summary>Staff: plans a group meeting; every member is mailed an invitation with an iCalendar file.</summary>
    public Task<NetworkMeeting> PlanGroupMeetingAsync(string slug, NetworkMeetingInput meeting, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentNullException.ThrowIfNull(meeting);
        return RunAsync<NetworkMeeting>(Documents.PlanGroupMeeting, "planGroupMeeting", new { slug, input = meeting }, cancellationToken);
    }

    /// <summary>Staff: replaces a group meeting (agenda, minutes too).</summary>
    public Task<NetworkMeeting> UpdateGroupMeetingAsync(string slug, string meetingId, NetworkMeetingInput meeting, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(meetingId);
        ArgumentNullException.ThrowIfNull(meeting);
        return RunAsync<NetworkMeeting>(Documents.UpdateGroupMeeting, "updateGroupMeeting", new { slug, meetingId, input = meeting }, cancellationToken);
    }

    /// <summary>Staff, once the meeting started: who of the members attended a group meeting.</summary>
    public Task<NetworkMeeting> RecordGroupAttendanceAsync(string slug, string meetingId, IEnumerable<string> attendees, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(meetingId);
        ArgumentNullException.ThrowIfNull(attendees);
        return RunAsync<NetworkMeeting>(
            Documents.RecordGroupAttendance, "recordGroupAttendance", new { slug, meetingId, attendees = attendees.ToList() }, cancellationToken);
    }
}
