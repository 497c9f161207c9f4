using System.Text.RegularExpressions;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Tests.Gateway.Network;

[Collection(NetworkApiCollection.Name)]
public sealed partial class PlatformApiTests(NetworkApiFixture fixture)
{
    private const string Invite = """
        mutation($p: Province!, $email: String!, $nis: String) { invitePlatformMember(province: $p, input: {email: $email, name: "Lotte Claes", municipalityNisCode: $nis}) { email expiresAt } }
        """;

    private const string Platform = "query($p: Province!) { platform(province: $p) { isMember canManage members { email } meetings { id } representedMunicipalities { nisCode } notRepresentedMunicipalities { nisCode } } }";

    [GeneratedRegex(@"platform\.[a-z-]+\.[A-Z0-9]{12}")]
    private static partial Regex CodePattern();

    private async Task<string> InviteAndAcceptAsync(string organiserToken, string province, string nis, string email)
    {
        await fixture.DataAsync(Invite, new { p = province, email, nis }, organiserToken);
        var mail = await fixture.MailAsync(email);
        var code = CodePattern().Match(mail.TextBody ?? string.Empty).Value;
        await fixture.DataAsync("mutation($c: String!) { acceptNetworkInvitation(code: $c) { email } }", new { c = code }, null);
        return code;
    }

    [Fact]
    public async Task Invitation_MailedWithLinkAndCode_AcceptedWithoutSignIn_MakesTheMunicipalityRepresented()
    {
        var (_, organiser) = await fixture.PersonAsync("limburg.example", new RoleGrant(Role.Organiser, "limburg"));
        var invitee = $"{Guid.NewGuid():N}@genk.example";

        var code = await InviteAndAcceptAsync(organiser, "LIMBURG", "71016", invitee);
        var mail = await fixture.MailAsync(invitee);
        var platform = (await fixture.DataAsync(Platform, new { p = "LIMBURG" }, organiser))["platform"]!;

        Assert.StartsWith("Uitnodiging: Provinciaal platform Limburg", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://portaal.vvsg.example/netwerk/uitnodiging/{code}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(platform["members"]!.AsArray(), m => m!["email"]!.GetValue<string>() == invitee);
        Assert.Contains(platform["representedMunicipalities"]!.AsArray(), m => m!["nisCode"]!.GetValue<string>() == "71016");
        Assert.DoesNotContain(platform["notRepresentedMunicipalities"]!.AsArray(), m => m!["nisCode"]!.GetValue<string>() == "71016");
        Assert.Equal("NOT_FOUND", await fixture.ErrorAsync("mutation($c: String!) { acceptNetworkInvitation(code: $c) { email } }", new { c = code }, null));
        var (_, staff) = await fixture.PersonAsync("vvsg.example", new RoleGrant(Role.Staff, null));
        var trail = (await fixture.DataAsync("query($e: String!) { auditTrailOfPerson(email: $e) { action target outcome } }", new { e = invitee }, staff))["auditTrailOfPerson"]!.AsArray();
        Assert.Contains(trail, a => a!["action"]!.GetValue<string>() == "network.accept-invitation" && a["target"]!.GetValue<string>() == "platform:limburg" && a["outcome"]!.GetValue<string>() == "ok");
    }

    [Fact]
    public async Task Invitation_SameClientRequestIdTwice_OneInvitationOneMailAndTheCodeStillWorks()
    {
        var (_, organiser) = await fixture.PersonAsync("limburg.example", new RoleGrant(Role.Organiser, "limburg"));
        var invitee = $"{Guid.NewGuid():N}@genk.example";
        const string Keyed = """
            mutation($email: String!, $k: String) { invitePlatformMember(province: LIMBURG, input: {email: $email, name: "Lotte Claes", municipalityNisCode: "71016", clientRequestId: $k}) { email expiresAt } }
            """;
        var key = Guid.NewGuid().ToString();

        var first = await fixture.DataAsync(Keyed, new { email = invitee, k = key }, organiser);
        var again = await fixture.DataAsync(Keyed, new { email = invitee, k = key }, organiser);
        var mail = await fixture.MailAsync(invitee);
        var code = CodePattern().Match(mail.TextBody ?? string.Empty).Value;
        var accepted = await fixture.DataAsync("mutation($c: String!) { acceptNetworkInvitation(code: $c) { email } }", new { c = code }, null);
        await Task.Delay(TimeSpan.FromSeconds(1)); // room for a second mail to arrive, should one have been queued

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Single(fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == invitee));
        Assert.Equal(invitee, accepted["acceptNetworkInvitation"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrganiserOfLimburg_CannotInviteToOrPlanForAntwerpen()
    {
        var (_, organiser) = await fixture.PersonAsync("limburg.example", new RoleGrant(Role.Organiser, "limburg"));
        var meeting = new { startsAt = DateTimeOffset.UtcNow.AddDays(20), endsAt = DateTimeOffset.UtcNow.AddDays(20).AddHours(2), place = "Antwerpen", agenda = "Overname" };

        var invite = await fixture.ErrorAsync(Invite, new { p = "ANTWERPEN", email = $"{Guid.NewGuid():N}@antwerpen.example", nis = "11002" }, organiser);
        var plan = await fixture.ErrorAsync("mutation($i: NetworkMeetingInput!) { planPlatformMeeting(province: ANTWERPEN, input: $i) { id } }", new { i = meeting }, organiser);
        var antwerpen = (await fixture.DataAsync(Platform, new { p = "ANTWERPEN" }, organiser))["platform"]!;

        Assert.Equal("FORBIDDEN", invite);
        Assert.Equal("FORBIDDEN", plan);
        Assert.False(antwerpen["canManage"]!.GetValue<bool>());
        Assert.Null(antwerpen["members"]);
    }

    [Fact]
    public async Task Meeting_Planned_MailsEveryMemberAnInvitationWithACalendarFile()
    {
        var (_, organiser) = await fixture.PersonAsync("limburg.example", new RoleGrant(Role.Organiser, "limburg"));
        var member = $"{Guid.NewGuid():N}@hasselt.example";
        await InviteAndAcceptAsync(organiser, "LIMBURG", "71072", member);
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Year + 1, 3, 10, 13, 0, 0, TimeSpan.Zero);

        var planned = await fixture.DataAsync(
            "mutation($i: NetworkMeetingInput!) { planPlatformMeeting(province: LIMBURG, input: $i) { id invitationsSent } }",
            new { i = new { startsAt = start, endsAt = start.AddHours(2), place = "Provinciehuis Hasselt", onlineLink = "https://vergader.example/limburg", agenda = "1. Nieuws\n2. Casussen" } },
            organiser);
        var mail = await fixture.MailAsync(member, skip: 1);
        var calendar = NetworkApiFixture.Calendar(mail);

        Assert.True(planned["planPlatformMeeting"]!["invitationsSent"]!.GetValue<int>() >= 1);
        Assert.StartsWith("Vergadering Provinciaal platform Limburg", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("2. Casussen", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", calendar, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", calendar, StringComparison.Ordinal);
        Assert.Contains($"mailto:{member}", calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var id = planned["planPlatformMeeting"]!["id"]!.GetValue<string>();
        await fixture.DataAsync(
            "mutation($id: String!, $i: NetworkMeetingInput!) { updatePlatformMeeting(province: LIMBURG, meetingId: $id, input: $i) { id } }",
            new { id, i = new { startsAt = start.AddHours(1), endsAt = start.AddHours(3), place = "Provinciehuis Hasselt", agenda = "1. Nieuws" } },
            organiser);
        var changed = await fixture.MailAsync(member, skip: 2);
        Assert.StartsWith("Gewijzigd: vergadering", changed.Subject, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", NetworkApiFixture.Calendar(changed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_SeesMembersAndMeetings_ButANonMemberOfTheProvinceDoesNot()
    {
        var (_, organiser) = await fixture.PersonAsync("limburg.example", new RoleGrant(Role.Organiser, "limburg"));
        var (memberEmail, memberToken) = await fixture.PersonAsync("tongeren-borgloon.example", new RoleGrant(Role.Municipal, "73111"));
        var (_, outsider) = await fixture.PersonAsync("maasmechelen.example", new RoleGrant(Role.Municipal, "73107"));
        await InviteAndAcceptAsync(organiser, "LIMBURG", "73111", memberEmail);

        var asMember = (await fixture.DataAsync(Platform, new { p = "LIMBURG" }, memberToken))["platform"]!;
        var asOutsider = (await fixture.DataAsync(Platform, new { p = "LIMBURG" }, outsider))["platform"]!;

        Assert.True(asMember["isMember"]!.GetValue<bool>());
        Assert.NotNull(asMember["members"]);
        Assert.NotNull(asMember["meetings"]);
        Assert.False(asOutsider["isMember"]!.GetValue<bool>());
        Assert.Null(asOutsider["members"]);
        Assert.Null(asOutsider["meetings"]);
        Assert.Contains(asOutsider["representedMunicipalities"]!.AsArray(), m => m!["nisCode"]!.GetValue<string>() == "73111");
    }

    [Fact]
    public async Task Member_Leaves_AndIsNoLongerListed()
    {
        var (_, organiser) = await fixture.PersonAsync("limburg.example", new RoleGrant(Role.Organiser, "limburg"));
        var (email, token) = await fixture.PersonAsync("bilzen-hoeselt.example", new RoleGrant(Role.Municipal, "73110"));
        await InviteAndAcceptAsync(organiser, "LIMBURG", "73110", email);

        await fixture.DataAsync("mutation { leavePlatform(province: LIMBURG) }", null, token);
        var platform = (await fixture.DataAsync(Platform, new { p = "LIMBURG" }, organiser))["platform"]!;

        Assert.DoesNotContain(platform["members"]!.AsArray(), m => m!["email"]!.GetValue<string>() == email);
    }
}
