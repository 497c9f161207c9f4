using LivcR.Support.Contracts.People;

namespace LivcR.Support.Tests.Gateway.Network;

[Collection(NetworkApiCollection.Name)]
public sealed class GroupApiTests(NetworkApiFixture fixture)
{
    private const string Group = "query($s: String!) { group(slug: $s) { name description isMember members { email } meetings { id } joinRequests { email } myRequest { motivation } } }";
    private const string Request = "mutation($s: String!, $m: String!) { requestToJoinGroup(slug: $s, motivation: $m) { email } }";
    private const string Decide = "mutation($s: String!, $e: String!, $a: Boolean!, $r: String) { decideJoinRequest(slug: $s, email: $e, approve: $a, reason: $r) { memberCount } }";

    private async Task<(string Slug, string Staff)> NewGroupAsync(int? capacity = null)
    {
        var (_, staff) = await fixture.PersonAsync("vvsg.example", new RoleGrant(Role.Staff, null));
        var slug = "intervisie-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.DataAsync(
            "mutation($s: String!, $c: Int) { saveGroup(slug: $s, input: {kind: INTERVISION, name: \"Intervisie casemanagers test\", description: \"Casussen anoniem bespreken.\", capacity: $c}) { slug } }",
            new { s = slug, c = capacity }, staff);
        return (slug, staff);
    }

    [Fact]
    public async Task SeededGroups_AreListedForEveryoneWithDescriptions()
    {
        var (_, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));

        var groups = (await fixture.DataAsync("{ groups { slug kind description } }", null, token))["groups"]!.AsArray();

        Assert.Contains(groups, g => g!["slug"]!.GetValue<string>() == "kennisgroep" && g["kind"]!.GetValue<string>() == "KNOWLEDGE_GROUP");
        Assert.Contains(groups, g => g!["kind"]!.GetValue<string>() == "WORKING_GROUP" && g["description"]!.GetValue<string>().Contains("LIVC-R", StringComparison.Ordinal));
        Assert.True(groups.Count(g => g!["kind"]!.GetValue<string>() == "INTERVISION") >= 2);
    }

    [Fact]
    public async Task JoinRequest_MailsStaffAndRequester_ThenApprovalMailsAndShowsTheInside()
    {
        var (slug, staff) = await NewGroupAsync();
        var (email, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));

        var before = (await fixture.DataAsync(Group, new { s = slug }, token))["group"]!;
        await fixture.DataAsync(Request, new { s = slug, m = "Ik ben casemanager en volg twee jongeren op." }, token);
        var received = await fixture.MailAsync(email);
        var forStaff = await fixture.Smtp.WaitForAsync("radicalisering@vvsg.example", TimeSpan.FromSeconds(10));
        var pending = (await fixture.DataAsync(Group, new { s = slug }, staff))["group"]!;
        await fixture.DataAsync(Decide, new { s = slug, e = email, a = true, r = (string?)null }, staff);
        var approved = await fixture.MailAsync(email, skip: 1);
        var after = (await fixture.DataAsync(Group, new { s = slug }, token))["group"]!;

        Assert.Null(before["members"]);
        Assert.Null(before["meetings"]);
        Assert.Equal("Casussen anoniem bespreken.", before["description"]!.GetValue<string>());
        Assert.StartsWith("Aanvraag ontvangen", received.Subject, StringComparison.Ordinal);
        Assert.NotNull(forStaff);
        Assert.Contains(fixture.Smtp.Received, m => m.Subject?.StartsWith("Nieuwe aanvraag tot lidmaatschap", StringComparison.Ordinal) == true && m.TextBody?.Contains(email, StringComparison.Ordinal) == true);
        Assert.Contains(pending["joinRequests"]!.AsArray(), r => r!["email"]!.GetValue<string>() == email);
        Assert.StartsWith("Welkom", approved.Subject, StringComparison.Ordinal);
        Assert.True(after["isMember"]!.GetValue<bool>());
        Assert.Contains(after["members"]!.AsArray(), m => m!["email"]!.GetValue<string>() == email);
        Assert.Null(after["joinRequests"]);
    }

    [Fact]
    public async Task JoinRequest_Declined_MailsTheReason()
    {
        var (slug, staff) = await NewGroupAsync();
        var (email, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        await fixture.DataAsync(Request, new { s = slug, m = "Ik wil graag leren van andere casemanagers." }, token);

        var noReason = await fixture.ErrorAsync(Decide, new { s = slug, e = email, a = false, r = (string?)null }, staff);
        await fixture.DataAsync(Decide, new { s = slug, e = email, a = false, r = "Deze groep is enkel voor casemanagers van Antwerpen." }, staff);
        var declined = await fixture.MailAsync(email, skip: 1);

        Assert.Equal("BAD_USER_INPUT", noReason);
        Assert.StartsWith("Je aanvraag", declined.Subject, StringComparison.Ordinal);
        Assert.Contains("enkel voor casemanagers van Antwerpen", declined.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intervision_AtCapacity_RefusesApprovalWithAConflict()
    {
        var (slug, staff) = await NewGroupAsync(capacity: 1);
        var (first, firstToken) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        var (second, secondToken) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        await fixture.DataAsync(Request, new { s = slug, m = "Eerste casemanager met een casus." }, firstToken);
        await fixture.DataAsync(Request, new { s = slug, m = "Tweede casemanager met een casus." }, secondToken);

        await fixture.DataAsync(Decide, new { s = slug, e = first, a = true, r = (string?)null }, staff);
        var full = await fixture.ErrorAsync(Decide, new { s = slug, e = second, a = true, r = (string?)null }, staff);

        Assert.Equal("CONFLICT", full);
    }

    [Fact]
    public async Task GroupMeeting_ByANonStaffMember_IsForbidden()
    {
        var (slug, _) = await NewGroupAsync();
        var (_, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        var start = DateTimeOffset.UtcNow.AddDays(9);

        var code = await fixture.ErrorAsync(
            "mutation($s: String!, $i: NetworkMeetingInput!) { planGroupMeeting(slug: $s, input: $i) { id } }",
            new { s = slug, i = new { startsAt = start, endsAt = start.AddHours(2), onlineLink = "https://vergader.example/intervisie", agenda = "Casussen" } }, token);

        Assert.Equal("FORBIDDEN", code);
    }
}
