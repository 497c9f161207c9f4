using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class TicketListApiTests(GatewayFixture fixture)
{
    private const string List = "query($f: TicketFilter, $first: Int, $after: String, $o: TicketOrder) { tickets(filter: $f, first: $first, after: $after, orderBy: $o) { totalCount hasNextPage endCursor nodes { number subject status municipalityNisCode } } }";

    private GatewayHost Gateway => fixture.Gateway;

    private async Task<string> SubmitAsync(string token, string nis, string subject, string body, bool confidential = false)
    {
        var (_, submitted) = await Gateway.PostAsync(
            "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }",
            new { i = new { municipalityNisCode = nis, subject, body, confidential } },
            token);
        return submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
    }

    private static List<string> Numbers(JsonNode body) =>
        body["data"]!["tickets"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Search_IgnoresDiacriticsAndFindsWordsInMessages()
    {
        var token = await Gateway.TokenAsync("zoek@genk.example", new RoleGrant(Role.Municipal, "71016"));
        var number = await SubmitAsync(token, "71016", "Spanningen rond de moskee", "Er is polarisátie in de wijk Winterslag.");

        var (_, plain) = await Gateway.PostAsync(List, new { f = new { text = "polarisatie winterslag" } }, token);
        var (_, prefix) = await Gateway.PostAsync(List, new { f = new { text = "moske" } }, token);

        Assert.Contains(number, Numbers(plain));
        Assert.Contains(number, Numbers(prefix));
    }

    [Fact]
    public async Task Search_InternalNotes_OnlyForStaff()
    {
        var municipal = await Gateway.TokenAsync("notities@lier.example", new RoleGrant(Role.Municipal, "12021"));
        var staff = await Gateway.StaffTokenAsync();
        var number = await SubmitAsync(municipal, "12021", "Vraag over vorming", "Wanneer is de volgende vorming?");
        await Gateway.PostAsync("mutation($n: String!) { addInternalNote(number: $n, body: \"Doorverwijzen naar kwartiermaker\") { version } }", new { n = number }, staff);

        var (_, byStaff) = await Gateway.PostAsync(List, new { f = new { text = "kwartiermaker" } }, staff);
        var (_, byMunicipality) = await Gateway.PostAsync(List, new { f = new { text = "kwartiermaker" } }, municipal);

        Assert.Contains(number, Numbers(byStaff));
        Assert.DoesNotContain(number, Numbers(byMunicipality));
    }

    [Fact]
    public async Task List_MunicipalUser_SeesOwnMunicipalityOnlyAndNotColleaguesConfidentialTickets()
    {
        var asker = await Gateway.TokenAsync("a@mechelen.example", new RoleGrant(Role.Municipal, "12025"));
        var colleague = await Gateway.TokenAsync("b@mechelen.example", new RoleGrant(Role.Municipal, "12025"));
        var elsewhere = await Gateway.TokenAsync("c@lier.example", new RoleGrant(Role.Municipal, "12021"));
        var open = await SubmitAsync(asker, "12025", "Open vraag Mechelen", "Tekst");
        var secret = await SubmitAsync(asker, "12025", "Vertrouwelijke vraag Mechelen", "Tekst", confidential: true);

        var (_, byAsker) = await Gateway.PostAsync(List, new { f = new { municipalityNisCode = "12025" }, first = 200 }, asker);
        var (_, byColleague) = await Gateway.PostAsync(List, new { f = new { municipalityNisCode = "12025" }, first = 200 }, colleague);
        var (_, byElsewhere) = await Gateway.PostAsync(List, new { first = 200 }, elsewhere);

        Assert.Contains(open, Numbers(byAsker));
        Assert.Contains(secret, Numbers(byAsker));
        Assert.Contains(open, Numbers(byColleague));
        Assert.DoesNotContain(secret, Numbers(byColleague));
        Assert.All(byElsewhere["data"]!["tickets"]!["nodes"]!.AsArray(), n => Assert.Equal("12021", n!["municipalityNisCode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Pages_FollowTheCursorWithoutOverlapOrGaps()
    {
        var token = await Gateway.TokenAsync("pagina@kortrijk.example", new RoleGrant(Role.Municipal, "34022"));
        var submitted = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            submitted.Add(await SubmitAsync(token, "34022", $"Paginavraag {i}", "Tekst"));
        }

        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var (_, page) = await Gateway.PostAsync(List, new { f = new { municipalityNisCode = "34022" }, first = 2, after, o = "CREATED" }, token);
            seen.AddRange(Numbers(page));
            total = page["data"]!["tickets"]!["totalCount"]!.GetValue<int>();
            after = page["data"]!["tickets"]!["hasNextPage"]!.GetValue<bool>() ? page["data"]!["tickets"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(5, total);
        Assert.Equal(submitted.OrderDescending(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Filters_StatusAndUnassigned_AndCountsPerStatus()
    {
        var municipal = await Gateway.TokenAsync("filter@aalst.example", new RoleGrant(Role.Municipal, "41002"));
        var staff = await Gateway.StaffTokenAsync();
        var waiting = await SubmitAsync(municipal, "41002", "Aalst wacht", "Tekst");
        var fresh = await SubmitAsync(municipal, "41002", "Aalst nieuw", "Tekst");
        await Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: WAITING_FOR_MUNICIPALITY, assigneeEmail: \"staff@vvsg.example\", tags: [\"aalst-test\"]}) { status } }", new { n = waiting }, staff);

        var (_, byStatus) = await Gateway.PostAsync(List, new { f = new { municipalityNisCode = "41002", statuses = new[] { "WAITING_FOR_MUNICIPALITY" } } }, staff);
        var (_, unassigned) = await Gateway.PostAsync(List, new { f = new { municipalityNisCode = "41002", unassigned = true } }, staff);
        var (_, byTag) = await Gateway.PostAsync(List, new { f = new { tag = "aalst-test" } }, staff);
        var (_, counts) = await Gateway.PostAsync("{ ticketCountsByStatus(filter: {municipalityNisCode: \"41002\"}) { status count } }", token: municipal);

        Assert.Equal([waiting], Numbers(byStatus));
        Assert.Equal([fresh], Numbers(unassigned));
        Assert.Equal([waiting], Numbers(byTag));
        var perStatus = counts["data"]!["ticketCountsByStatus"]!.AsArray().ToDictionary(c => c!["status"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());
        Assert.Equal(1, perStatus["NEW"]);
        Assert.Equal(1, perStatus["WAITING_FOR_MUNICIPALITY"]);
    }

    [Fact]
    public async Task Organiser_SeesCountsPerMunicipalityOfTheirProvinceButNoContent()
    {
        var municipal = await Gateway.TokenAsync("teller@brugge.example", new RoleGrant(Role.Municipal, "31005"));
        var organiser = await Gateway.TokenAsync("organiser@west.example", new RoleGrant(Role.Organiser, "west-vlaanderen"));
        await SubmitAsync(municipal, "31005", "Telvraag Brugge", "Tekst");

        var (_, counts) = await Gateway.PostAsync("{ ticketCountsByMunicipality(province: WEST_VLAANDEREN) { municipality { name } open total } }", token: organiser);
        var (_, other) = await Gateway.PostAsync("{ ticketCountsByMunicipality(province: LIMBURG) { total } }", token: organiser);
        var (_, list) = await Gateway.PostAsync(List, null, organiser);

        var brugge = counts["data"]!["ticketCountsByMunicipality"]!.AsArray().Single(c => c!["municipality"]!["name"]!.GetValue<string>() == "Brugge");
        Assert.True(brugge!["total"]!.GetValue<int>() >= 1);
        Assert.Equal("FORBIDDEN", other["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", list["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
