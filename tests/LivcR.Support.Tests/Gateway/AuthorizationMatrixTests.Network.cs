namespace LivcR.Support.Tests.Gateway;

/// <summary>The network-support part of the matrix. Callers: anonymous, municipal (Gent), otherMunicipal (Hasselt), staff, organiser (Oost-Vlaanderen), admin.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private const string Meeting = "{startsAt: \"2099-01-01T10:00:00Z\", endsAt: \"2099-01-01T12:00:00Z\", place: \"Gent\", agenda: \"Matrix\"}";
    private const string TrainingInput = "{title: \"Matrixvorming\", description: \"Een vorming voor de matrix.\", audience: \"Iedereen\", format: \"Workshop\", duration: \"1 uur\"}";
    private const string SessionInput = "{startsAt: \"2099-01-01T10:00:00Z\", endsAt: \"2099-01-01T12:00:00Z\", place: \"Gent\", capacity: 5, registrationDeadline: \"2098-12-20T10:00:00Z\"}";

    static partial void AddNetworkRules(Dictionary<string, (string Document, string[] Expected)> rules)
    {
        rules["Query.livcrProfile"] = ("{ livcrProfile(nisCode: \"44021\") { status } }", [Unauthenticated, Ok, NotFound, Ok, Ok, NotFound]);
        rules["Query.livcrProfiles"] = ("{ livcrProfiles(province: OOST_VLAANDEREN) { nisCode } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Query.livcrStatusCounts"] = ("{ livcrStatusCounts { status count } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Query.platform"] = ("{ platform(province: OOST_VLAANDEREN) { name members { email } } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]);
        rules["Query.groups"] = ("{ groups { slug } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]);
        // No sign-in needed: the code is the secret; an unknown one is NOT_FOUND for everyone alike.
        rules["Query.networkInvitation"] = ("{ networkInvitation(code: \"ONBEKEND-CODE\") { communityName } }", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]);
        rules["Query.group"] = ("{ group(slug: \"kennisgroep\") { name members { email } } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]);
        rules["Query.trainings"] = ("{ trainings { id } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]);
        rules["Query.training"] = ("{ training(id: \"t0000000000\") { id } }", [Unauthenticated, NotFound, NotFound, NotFound, NotFound, NotFound]);
        rules["Query.trainingSession"] = ("{ trainingSession(id: \"s0000000000\") { id } }", [Unauthenticated, NotFound, NotFound, NotFound, NotFound, NotFound]);
        rules["Query.trainingRegistrations"] = ("{ trainingRegistrations(nisCode: \"44021\") { sessionId } }", [Unauthenticated, Ok, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Query.trainingFillRates"] = ("{ trainingFillRates { fillRate } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);

        rules["Mutation.updateLivcrProfile"] = ("mutation { updateLivcrProfile(nisCode: \"44021\", input: {status: STARTING}) { status } }", [Unauthenticated, Ok, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Mutation.invitePlatformMember"] = (
            "mutation { invitePlatformMember(province: OOST_VLAANDEREN, input: {email: \"matrix-invitee@gent.example\", name: \"Matrix\", municipalityNisCode: \"44021\"}) { email } }",
            [Unauthenticated, Forbidden, Forbidden, Ok, Ok, Forbidden]);
        rules["Mutation.removePlatformMember"] = ("mutation { removePlatformMember(province: OOST_VLAANDEREN, email: \"nobody@gent.example\") }", [Unauthenticated, Forbidden, Forbidden, NotFound, NotFound, Forbidden]);
        rules["Mutation.leavePlatform"] = ("mutation { leavePlatform(province: OOST_VLAANDEREN) }", [Unauthenticated, NotFound, NotFound, NotFound, NotFound, NotFound]);
        rules["Mutation.planPlatformMeeting"] = ($"mutation {{ planPlatformMeeting(province: OOST_VLAANDEREN, input: {Meeting}) {{ id }} }}", [Unauthenticated, Forbidden, Forbidden, Ok, Ok, Forbidden]);
        rules["Mutation.updatePlatformMeeting"] = (
            $"mutation {{ updatePlatformMeeting(province: OOST_VLAANDEREN, meetingId: \"m999\", input: {Meeting}) {{ id }} }}", [Unauthenticated, Forbidden, Forbidden, NotFound, NotFound, Forbidden]);
        rules["Mutation.recordPlatformAttendance"] = (
            "mutation { recordPlatformAttendance(province: OOST_VLAANDEREN, meetingId: \"m999\", attendees: []) { id } }", [Unauthenticated, Forbidden, Forbidden, NotFound, NotFound, Forbidden]);

        rules["Mutation.saveGroup"] = (
            "mutation { saveGroup(slug: \"matrix-groep\", input: {kind: KNOWLEDGE_GROUP, name: \"Matrixgroep\", description: \"Een groep voor de matrix.\"}) { slug } }",
            [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Mutation.inviteGroupMember"] = (
            "mutation { inviteGroupMember(slug: \"kennisgroep\", input: {email: \"matrix-invitee@gent.example\", name: \"Matrix\"}) { email } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Mutation.removeGroupMember"] = ("mutation { removeGroupMember(slug: \"kennisgroep\", email: \"nobody@gent.example\") }", [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.leaveGroup"] = ("mutation { leaveGroup(slug: \"kennisgroep\") }", [Unauthenticated, NotFound, NotFound, NotFound, NotFound, NotFound]);
        rules["Mutation.requestToJoinGroup"] = (
            "mutation { requestToJoinGroup(slug: \"werkgroep-radicalisering-en-polarisering\", motivation: \"Ik wil graag meedenken over polarisering.\") { email } }",
            [Unauthenticated, Ok, Ok, Ok, Ok, Ok]);
        rules["Mutation.decideJoinRequest"] = ("mutation { decideJoinRequest(slug: \"kennisgroep\", email: \"nobody@gent.example\", approve: true) { slug } }", [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.planGroupMeeting"] = ($"mutation {{ planGroupMeeting(slug: \"kennisgroep\", input: {Meeting}) {{ id }} }}", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Mutation.updateGroupMeeting"] = (
            $"mutation {{ updateGroupMeeting(slug: \"kennisgroep\", meetingId: \"m999\", input: {Meeting}) {{ id }} }}", [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.recordGroupAttendance"] = (
            "mutation { recordGroupAttendance(slug: \"kennisgroep\", meetingId: \"m999\", attendees: []) { id } }", [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.acceptNetworkInvitation"] = ("mutation { acceptNetworkInvitation(code: \"group.kennisgroep.AAAAAAAAAAAA\") { email } }", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]);

        rules["Mutation.createTraining"] = ($"mutation {{ createTraining(input: {TrainingInput}) {{ id }} }}", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Mutation.updateTraining"] = ($"mutation {{ updateTraining(id: \"t0000000000\", input: {TrainingInput}) {{ id }} }}", [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.scheduleTrainingSession"] = (
            $"mutation {{ scheduleTrainingSession(trainingId: \"t0000000000\", input: {SessionInput}) {{ id }} }}", [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.registerForTraining"] = ("mutation { registerForTraining(sessionId: \"s0000000000\") { status } }", [Unauthenticated, NotFound, NotFound, NotFound, NotFound, NotFound]);
        rules["Mutation.cancelTrainingRegistration"] = ("mutation { cancelTrainingRegistration(sessionId: \"s0000000000\") { status } }", [Unauthenticated, NotFound, NotFound, NotFound, NotFound, NotFound]);
        rules["Mutation.recordTrainingAttendance"] = (
            "mutation { recordTrainingAttendance(sessionId: \"s0000000000\", present: []) { id } }", [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
    }
}
