namespace LivcR.Support.Client;

/// <summary>Documents of the network: provincial platforms, groups, invitations, join requests and meetings.</summary>
public static partial class Documents
{
    /// <summary><c>platform(province)</c>.</summary>
    public const string GetPlatform = $$"""
        query GetPlatform($province: Province!) {
          platform(province: $province) { ...NetworkPlatformFields }
        }
        fragment NetworkPlatformFields on NetworkPlatform {
          province name description representedMunicipalities { ...MunicipalityFields } notRepresentedMunicipalities { ...MunicipalityFields }
          isMember canManage members { ...NetworkMemberFields } meetings { ...NetworkMeetingFields } invitations { ...NetworkInvitationFields }
        }
        {{MunicipalityFields}}
        {{NetworkMemberFields}}
        {{NetworkMeetingFields}}
        {{NetworkInvitationFields}}
        """;

    /// <summary><c>groups(kind)</c>.</summary>
    public const string GetGroups = """
        query GetGroups($kind: CommunityKind) {
          groups(kind: $kind) { ...NetworkGroupSummaryFields }
        }
        fragment NetworkGroupSummaryFields on NetworkGroupSummary { slug kind name description capacity memberCount }
        """;

    /// <summary><c>group(slug)</c>.</summary>
    public const string GetGroup = $$"""
        query GetGroup($slug: String!) {
          group(slug: $slug) { ...NetworkGroupFields }
        }
        {{NetworkGroupFields}}
        """;

    /// <summary><c>invitePlatformMember(province, input)</c>.</summary>
    public const string InvitePlatformMember = $$"""
        mutation InvitePlatformMember($province: Province!, $input: NetworkInvitationInput!) {
          invitePlatformMember(province: $province, input: $input) { ...NetworkInvitationFields }
        }
        {{NetworkInvitationFields}}
        """;

    /// <summary><c>removePlatformMember(province, email)</c>.</summary>
    public const string RemovePlatformMember = """
        mutation RemovePlatformMember($province: Province!, $email: String!) {
          removePlatformMember(province: $province, email: $email)
        }
        """;

    /// <summary><c>leavePlatform(province)</c>.</summary>
    public const string LeavePlatform = """
        mutation LeavePlatform($province: Province!) {
          leavePlatform(province: $province)
        }
        """;

    /// <summary><c>planPlatformMeeting(province, input)</c>.</summary>
    public const string PlanPlatformMeeting = $$"""
        mutation PlanPlatformMeeting($province: Province!, $input: NetworkMeetingInput!) {
          planPlatformMeeting(province: $province, input: $input) { ...NetworkMeetingFields }
        }
        {{NetworkMeetingFields}}
        """;

    /// <summary><c>updatePlatformMeeting(province, meetingId, input)</c>.</summary>
    public const string UpdatePlatformMeeting = $$"""
        mutation UpdatePlatformMeeting($province: Province!, $meetingId: String!, $input: NetworkMeetingInput!) {
          updatePlatformMeeting(province: $province, meetingId: $meetingId, input: $input) { ...NetworkMeetingFields }
        }
        {{NetworkMeetingFields}}
        """;

    /// <summary><c>recordPlatformAttendance(province, meetingId, attendees)</c>.</summary>
    public const string RecordPlatformAttendance = $$"""
        mutation RecordPlatformAttendance($province: Province!, $meetingId: String!, $attendees: [String!]!) {
          recordPlatformAttendance(province: $province, meetingId: $meetingId, attendees: $attendees) { ...NetworkMeetingFields }
        }
        {{NetworkMeetingFields}}
        """;

    /// <summary><c>saveGroup(slug, input)</c>.</summary>
    public const string SaveGroup = $$"""
        mutation SaveGroup($slug: String!, $input: NetworkGroupInput!) {
          saveGroup(slug: $slug, input: $input) { ...NetworkGroupFields }
        }
        {{NetworkGroupFields}}
        """;

    /// <summary><c>inviteGroupMember(slug, input)</c>.</summary>
    public const string InviteGroupMember = $$"""
        mutation InviteGroupMember($slug: String!, $input: NetworkInvitationInput!) {
          inviteGroupMember(slug: $slug, input: $input) { ...NetworkInvitationFields }
        }
        {{NetworkInvitationFields}}
        """;

    /// <summary><c>removeGroupMember(slug, email)</c>.</summary>
    public const string RemoveGroupMember = """
        mutation RemoveGroupMember($slug: String!, $email: String!) {
          removeGroupMember(slug: $slug, email: $email)
        }
        """;

    /// <summary><c>leaveGroup(slug)</c>.</summary>
    public const string LeaveGroup = """
        mutation LeaveGroup($slug: String!) {
          leaveGroup(slug: $slug)
        }
        """;

    /// <summary><c>requestToJoinGroup(slug, motivation)</c>.</summary>
    public const string RequestToJoinGroup = $$"""
        mutation RequestToJoinGroup($slug: String!, $motivation: String!) {
          requestToJoinGroup(slug: $slug, motivation: $motivation) { ...JoinRequestFields }
        }
        {{JoinRequestFields}}
        """;

    /// <summary><c>decideJoinRequest(slug, email, approve, reason)</c>.</summary>
    public const string DecideJoinRequest = $$"""
        mutation DecideJoinRequest($slug: String!, $email: String!, $approve: Boolean!, $reason: String) {
          decideJoinRequest(slug: $slug, email: $email, approve: $approve, reason: $reason) { ...NetworkGroupFields }
        }
        {{NetworkGroupFields}}
        """;

    /// <summary><c>planGroupMeeting(slug, input)</c>.</summary>
    public const string PlanGroupMeeting = $$"""
        mutation PlanGroupMeeting($slug: String!, $input: NetworkMeetingInput!) {
          planGroupMeeting(slug: $slug, input: $input) { ...NetworkMeetingFields }
        }
        {{NetworkMeetingFields}}
        """;

    /// <summary><c>updateGroupMeeting(slug, meetingId, input)</c>.</summary>
    public const string UpdateGroupMeeting = $$"""
        mutation UpdateGroupMeeting($slug: String!, $meetingId: String!, $input: NetworkMeetingInput!) {
          updateGroupMeeting(slug: $slug, meetingId: $meetingId, input: $input) { ...NetworkMeetingFields }
        }
        {{NetworkMeetingFields}}
        """;

    /// <summary><c>recordGroupAttendance(slug, meetingId, attendees)</c>.</summary>
    public const string RecordGroupAttendance = $$"""
        mutation RecordGroupAttendance($slug: String!, $meetingId: String!, $attendees: [String!]!) {
          recordGroupAttendance(slug: $slug, meetingId: $meetingId, attendees: $attendees) { ...NetworkMeetingFields }
        }
        {{NetworkMeetingFields}}
        """;

    /// <summary><c>networkInvitation(code)</c>.</summary>
    public const string GetNetworkInvitation = """
        query GetNetworkInvitation($code: String!) {
          networkInvitation(code: $code) { ...NetworkInvitationPreviewFields }
        }
        fragment NetworkInvitationPreviewFields on NetworkInvitationPreview { communityName kind province description inviteeName role expiresAt expired }
        """;

    /// <summary><c>acceptNetworkInvitation(code)</c>.</summary>
    public const string AcceptNetworkInvitation = $$"""
        mutation AcceptNetworkInvitation($code: String!) {
          acceptNetworkInvitation(code: $code) { ...NetworkMemberFields }
        }
        {{NetworkMemberFields}}
        """;

    private const string NetworkGroupFields = $$"""
        fragment NetworkGroupFields on NetworkGroup {
          slug kind name description capacity memberCount isMember canManage myRequest { ...JoinRequestFields }
          members { ...NetworkMemberFields } meetings { ...NetworkMeetingFields } invitations { ...NetworkInvitationFields }
          joinRequests { ...JoinRequestFields }
        }
        {{JoinRequestFields}}
        {{NetworkMemberFields}}
        {{NetworkMeetingFields}}
        {{NetworkInvitationFields}}
        """;

    private const string NetworkMemberFields = """
        fragment NetworkMemberFields on NetworkMember { email name municipalityNisCode role joinedAt }
        """;

    private const string NetworkMeetingFields = """
        fragment NetworkMeetingFields on NetworkMeeting { id startsAt endsAt place onlineLink agenda minutes attendees invitationsSent }
        """;

    private const string NetworkInvitationFields = """
        fragment NetworkInvitationFields on NetworkInvitation { email name municipalityNisCode role invitedBy invitedAt expiresAt }
        """;

    private const string JoinRequestFields = """
        fragment JoinRequestFields on JoinRequest { email name municipalityNisCode motivation requestedAt }
        """;
}
