using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LivcR.Support.Client;
using LivcR.Support.Tests.Gateway.Network;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Client;

/// <summary>The typed client against a real gateway that mails through an SMTP peer: LIVC-R profiles, platforms, groups, trainings.</summary>
[Collection(NetworkApiCollection.Name)]
public sealed partial class SupportClientNetworkTests(NetworkApiFixture fixture)
{
    [GeneratedRegex(@"platform\.[a-z-]+\.[A-Z0-9]{12}")]
    private static partial Regex InvitationCode();

    [Fact]
    public async Task LivcrProfile_EditedByTheMunicipalitysOwnUser_IsReadBackByStaff()
    {
        var (email, municipal) = await ClientAsync("mechelen.example", new ServerRoleGrant(ServerRole.Municipal, "12025"));
        var (_, staff) = await ClientAsync("vvsg.example", new ServerRoleGrant(ServerRole.Staff, null));
        var (_, stranger) = await ClientAsync("hasselt.example", new ServerRoleGrant(ServerRole.Municipal, "71072"));

        var edited = await municipal.UpdateLivcrProfileAsync("12025", new LivcrProfileInput(
            LivcrStatus.Active,
            CoachingTrack: CoachingTrack.Optimise,
            Roles: [new LivcrRoleInput(LivcrRoleKind.InformationOfficer, "Lokale politie Mechelen-Willebroek")],
            Contacts: [new LivcrContactInput("Sara Peeters", "LIVC-R-coördinator", "sara@mechelen.example")],
            LastOperationalMeeting: new DateOnly(2026, 2, 3)));
        var read = await staff.GetLivcrProfileAsync("12025");
        var onePart = await staff.UpdateLivcrProfileAsync("12025", LivcrProfileInput.From(read) with { LastStrategicMeeting = new DateOnly(2026, 3, 10) });
        var overview = await staff.LivcrProfilesAsync(Province.Antwerpen, LivcrStatus.Active);
        var counts = await staff.LivcrStatusCountsAsync(Province.Antwerpen);
        var stale = await Assert.ThrowsAsync<SupportClientException>(() =>
            municipal.UpdateLivcrProfileAsync("12025", LivcrProfileInput.From(edited) with { Status = LivcrStatus.Dormant }));
        var hidden = await Assert.ThrowsAsync<SupportClientException>(() => stranger.GetLivcrProfileAsync("12025"));
        var unchanged = await staff.GetLivcrProfileAsync("12025");

        Assert.Equal("Mechelen", read.MunicipalityName);
        Assert.Equal(LivcrStatus.Active, read.Status);
        Assert.Equal(CoachingTrack.Optimise, read.CoachingTrack);
        Assert.Equal(new LivcrRoleFilled(LivcrRoleKind.InformationOfficer, "Lokale politie Mechelen-Willebroek", null), Assert.Single(read.Roles));
        Assert.Equal(new LivcrContact("Sara Peeters", "LIVC-R-coördinator", "sara@mechelen.example", null), Assert.Single(read.Contacts));
        Assert.Equal(new DateOnly(2026, 2, 3), read.LastOperationalMeeting);
        Assert.Null(read.LastStrategicMeeting);
        Assert.Equal(edited.Version, read.Version);
        Assert.Equal(email, read.UpdatedBy);
        Assert.Equal(email, read.History[0].By);
        Assert.NotEmpty(read.History[0].Changes);
        Assert.Equal(read.Roles, onePart.Roles);
        Assert.Equal(read.Contacts, onePart.Contacts);
        Assert.Equal((new DateOnly(2026, 2, 3), new DateOnly(2026, 3, 10)), (onePart.LastOperationalMeeting, onePart.LastStrategicMeeting));
        Assert.Contains(overview, p => p.NisCode == "12025" && p.LastOperationalMeeting == new DateOnly(2026, 2, 3));
        Assert.True(counts.Single(c => c.Status == LivcrStatus.Active).Count >= 1);
        Assert.Equal(SupportErrorCodes.Conflict, stale.Code);
        Assert.Equal(SupportErrorCodes.NotFound, hidden.Code);
        Assert.Equal((LivcrStatus.Active, onePart.Version), (unchanged.Status, unchanged.Version));
    }

    [Fact]
    public async Task PlatformInvitation_AcceptedByCodeWithoutSignIn_MakesTheInviteeAMember()
    {
        var (_, organiser) = await ClientAsync("vlaams-brabant.example", new ServerRoleGrant(ServerRole.Organiser, "vlaams-brabant"));
        var invitee = $"{Guid.NewGuid():N}@leuven.example";
        var anonymous = new SupportClient(fixture.Gateway.Http);

        var invitation = await organiser.InvitePlatformMemberAsync(Province.VlaamsBrabant, new NetworkInvitationInput(invitee, "Lotte Claes", "24062"));
        var pending = await organiser.GetPlatformAsync(Province.VlaamsBrabant);
        var code = InvitationCode().Match((await fixture.MailAsync(invitee)).TextBody ?? string.Empty).Value;
        var member = await anonymous.AcceptNetworkInvitationAsync(code);
        var again = await Assert.ThrowsAsync<SupportClientException>(() => anonymous.AcceptNetworkInvitationAsync(code));
        var platform = await organiser.GetPlatformAsync(Province.VlaamsBrabant);

        Assert.Equal(MemberRole.Member, invitation.Role);
        Assert.True(invitation.ExpiresAt > invitation.InvitedAt);
        Assert.Contains(pending.Invitations!, i => i.Email == invitee && i.MunicipalityNisCode == "24062");
        Assert.Equal(new NetworkMember(invitee, "Lotte Claes", "24062", MemberRole.Member, member.JoinedAt), member);
        Assert.Equal(SupportErrorCodes.NotFound, again.Code);
        Assert.True(platform.CanManage);
        Assert.Contains(platform.Members!, m => m.Email == invitee);
        Assert.DoesNotContain(platform.Invitations!, i => i.Email == invitee);
        Assert.Contains(platform.RepresentedMunicipalities, m => m.NisCode == "24062" && m.Name == "Leuven");
        Assert.DoesNotContain(platform.NotRepresentedMunicipalities, m => m.NisCode == "24062");
    }

    [Fact]
    public async Task InvitationPreview_ReadWithoutSignIn_SaysWhatItIsFor_AndIsGoneOnceAccepted()
    {
        var (_, organiser) = await ClientAsync("vlaams-brabant.example", new ServerRoleGrant(ServerRole.Organiser, "vlaams-brabant"));
        var invitee = $"{Guid.NewGuid():N}@leuven.example";
        var anonymous = new SupportClient(fixture.Gateway.Http);
        var invitation = await organiser.InvitePlatformMemberAsync(Province.VlaamsBrabant, new NetworkInvitationInput(invitee, "Jonas Peeters", "24062"));
        var code = InvitationCode().Match((await fixture.MailAsync(invitee)).TextBody ?? string.Empty).Value;

        var preview = await anonymous.GetNetworkInvitationAsync(code);
        var wrongSecret = await Assert.ThrowsAsync<SupportClientException>(() => anonymous.GetNetworkInvitationAsync(code[..^4] + "AAAA"));
        await anonymous.AcceptNetworkInvitationAsync(code);
        var used = await Assert.ThrowsAsync<SupportClientException>(() => anonymous.GetNetworkInvitationAsync(code));

        Assert.Equal(CommunityKind.Platform, preview.Kind);
        Assert.Equal(Province.VlaamsBrabant, preview.Province);
        Assert.Contains("Vlaams-Brabant", preview.CommunityName, StringComparison.Ordinal);
        Assert.Equal(("Jonas Peeters", MemberRole.Member, invitation.ExpiresAt, false), (preview.InviteeName, preview.Role, preview.ExpiresAt, preview.Expired));
        Assert.Equal(SupportErrorCodes.NotFound, wrongSecret.Code);
        Assert.Equal(SupportErrorCodes.NotFound, used.Code);
    }

    [Fact]
    public async Task JoinRequest_ApprovedByStaff_TheRequesterSeesTheGroupsInside()
    {
        var (_, staff) = await ClientAsync("vvsg.example", new ServerRoleGrant(ServerRole.Staff, null));
        var (email, municipal) = await ClientAsync("gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var slug = "intervisie-" + Guid.NewGuid().ToString("N")[..8];

        var created = await staff.SaveGroupAsync(slug, new NetworkGroupInput(CommunityKind.Intervision, "Intervisie casemanagers", "Casussen anoniem bespreken.", Capacity: 8));
        var request = await municipal.RequestToJoinGroupAsync(slug, "Ik ben casemanager en volg twee jongeren op.");
        var outside = await municipal.GetGroupAsync(slug);
        var approved = await staff.ApproveJoinRequestAsync(slug, email);
        var inside = await municipal.GetGroupAsync(slug);
        var listed = await municipal.GroupsAsync(CommunityKind.Intervision);

        Assert.True(created.CanManage);
        Assert.Equal(0, created.MemberCount);
        Assert.Equal(request, outside.MyRequest);
        Assert.False(outside.IsMember);
        Assert.Null(outside.Members);
        Assert.Null(outside.JoinRequests);
        Assert.Equal(1, approved.MemberCount);
        Assert.DoesNotContain(approved.JoinRequests!, r => r.Email == email);
        Assert.True(inside.IsMember);
        Assert.Null(inside.MyRequest);
        Assert.Contains(inside.Members!, m => m.Email == email && m.Role == MemberRole.Member);
        Assert.Contains(listed, g => g.Slug == slug && g.MemberCount == 1 && g.Capacity == 8);
    }

    [Fact]
    public async Task FullSession_WaitlistsAColleague_WhoGetsTheSeatWhenItIsCancelled()
    {
        var (staff, training, session) = await NewSessionAsync(capacity: 1);
        var (email, municipal) = await ClientAsync("gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var colleague = $"{Guid.NewGuid():N}@gent.example";

        var mine = await municipal.RegisterForTrainingAsync(session.Id);
        var waiting = await municipal.RegisterForTrainingAsync(session.Id, new TrainingParticipantInput(colleague, "Collega Gent"));
        var full = await municipal.GetTrainingSessionAsync(session.Id);
        var cancelled = await municipal.CancelTrainingRegistrationAsync(session.Id);
        var after = await staff.GetTrainingSessionAsync(session.Id);
        var ofGent = await municipal.TrainingRegistrationsAsync("44021");
        var catalogue = await municipal.TrainingsAsync();
        var rate = (await staff.TrainingFillRatesAsync()).Single(r => r.Session.Id == session.Id);

        Assert.Equal(45m, session.Summary.Price);
        Assert.Equal(RegistrationStatus.Confirmed, mine.Status);
        Assert.Equal(RegistrationStatus.Waitlisted, waiting.Status);
        Assert.Equal(email, waiting.RegisteredBy);
        Assert.Equal("44021", waiting.MunicipalityNisCode);
        Assert.Equal((0, 1), (full.Summary.SeatsLeft, full.Summary.WaitlistLength));
        Assert.Equal(RegistrationStatus.Cancelled, cancelled.Status);
        Assert.Equal(RegistrationStatus.Confirmed, after.Registrations.Single(r => r.Email == colleague).Status);
        Assert.Equal(0, after.Summary.WaitlistLength);
        Assert.Contains(ofGent, r => r.SessionId == session.Id && r.Registration.Email == colleague && r.Registration.Status == RegistrationStatus.Confirmed);
        Assert.Contains(catalogue.Single(t => t.Id == training.Id).Sessions, s => s.Id == session.Id && s.SeatsLeft == 0 && s.Price == 45m);
        Assert.Equal((1, 0, 1.0), (rate.Confirmed, rate.Waitlisted, rate.FillRate));
    }

    [Fact]
    public async Task AttendanceCsv_StaffGetASpreadsheetReadyList_AMunicipalUserIsForbidden()
    {
        var (staff, _, session) = await NewSessionAsync(capacity: 5);
        var (email, municipal) = await ClientAsync("gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        await municipal.RegisterForTrainingAsync(session.Id);

        var file = await staff.ExportTrainingAttendanceCsvAsync(session.Id);
        var refused = await Assert.ThrowsAsync<SupportClientException>(() => municipal.ExportTrainingAttendanceCsvAsync(session.Id));
        var lines = Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal([0xEF, 0xBB, 0xBF], file.Content[..3]);
        Assert.StartsWith("text/csv", file.ContentType, StringComparison.Ordinal);
        Assert.Equal($"aanwezigheden-{session.Id}.csv", file.FileName);
        Assert.StartsWith("Omgaan met polarisering;", lines[0], StringComparison.Ordinal);
        Assert.Equal("Naam;E-mail;NIS-code;Gemeente;Inschrijving;Ingeschreven op;Ingeschreven door;Aanwezig", lines[1]);
        Assert.Contains(lines, l => l.Contains(email, StringComparison.Ordinal) && l.Contains(";Gent;bevestigd;", StringComparison.Ordinal));
        Assert.Equal(SupportErrorCodes.Forbidden, refused.Code);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task TrainingCalendar_AnyoneSignedIn_GetsTheSessionAsAnICalendarFile_AnUnknownSessionIsNotFound()
    {
        var (_, _, session) = await NewSessionAsync(capacity: 5);
        var (email, municipal) = await ClientAsync("gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var anonymous = new SupportClient(fixture.Gateway.Http);

        var file = await municipal.DownloadTrainingCalendarAsync(session.Id);
        var unknown = await Assert.ThrowsAsync<SupportClientException>(() => municipal.DownloadTrainingCalendarAsync("ses-onbekend"));
        var signedOut = await Assert.ThrowsAsync<SupportClientException>(() => anonymous.DownloadTrainingCalendarAsync(session.Id));
        var text = Encoding.UTF8.GetString(file.Content);

        Assert.StartsWith("text/calendar", file.ContentType, StringComparison.Ordinal);
        Assert.Equal($"vorming-{session.Id}.ics", file.FileName);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"UID:training-{session.Id}@livcr-support\r\n", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Omgaan met polarisering\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{session.Summary.StartsAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", text, StringComparison.Ordinal);
        Assert.Contains("mailto:" + email, text.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(SupportErrorCodes.NotFound, unknown.Code);
        Assert.Equal(SupportErrorCodes.Unauthenticated, signedOut.Code);
    }

    private async Task<(SupportClient Staff, Training Training, TrainingSession Session)> NewSessionAsync(int capacity)
    {
        var (_, staff) = await ClientAsync("vvsg.example", new ServerRoleGrant(ServerRole.Staff, null));
        var training = await staff.CreateTrainingAsync(new TrainingInput("Omgaan met polarisering", "Een vorming over polarisering.", "Preventiewerkers", "Workshop", "3 uur"));
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var session = await staff.ScheduleTrainingSessionAsync(
            training.Id, new TrainingSessionInput(start, start.AddHours(3), capacity, start.AddDays(-7), Place: "VVSG, Bischoffsheimlaan 1-8, Brussel", Price: 45m));
        return (staff, training, session);
    }

    private async Task<(string Email, SupportClient Client)> ClientAsync(string domain, params ServerRoleGrant[] roles)
    {
        var (email, token) = await fixture.PersonAsync(domain, roles);
        return (email, new SupportClient(fixture.Gateway.Http, token));
    }
}
