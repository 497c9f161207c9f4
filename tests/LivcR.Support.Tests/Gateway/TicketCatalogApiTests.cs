using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class TicketCatalogApiTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    private static string? Code(JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private static List<string> Keys(JsonNode body, string field) =>
        body["data"]![field]!.AsArray().Select(e => e!["key"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Admin_AddsRenamesAndRetiresACategory_TriageFollowsAndOldTicketsKeepIt()
    {
        var admin = await Gateway.TokenAsync("admin@vvsg.example", new RoleGrant(Role.Admin, null));
        var staff = await Gateway.StaffTokenAsync();
        var municipal = await Gateway.TokenAsync("vraag@23002.example", new RoleGrant(Role.Municipal, "23002"));
        const string save = "mutation($k: String!, $l: String!, $a: Boolean) { saveTicketCategory(key: $k, label: $l, active: $a) { key label active } }";
        const string triage = "mutation($n: String!, $c: String!) { triageTicket(number: $n, input: {category: $c}) { category } }";

        var (_, added) = await Gateway.PostAsync(save, new { k = "online-haat", l = "Online haat", a = true }, admin);
        var (_, submitted) = await Gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"23002\", subject: \"Haatberichten\", body: \"Wat doen we?\"}) { number } }",
            token: municipal);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        var (_, second) = await Gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"23002\", subject: \"Nog haat\", body: \"En nu?\"}) { number } }",
            token: municipal);
        var other = second["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        var (_, filed) = await Gateway.PostAsync(triage, new { n = number, c = "online-haat" }, staff);
        await Gateway.PostAsync(save, new { k = "online-haat", l = "Online haat en desinformatie", a = false }, admin);
        var (_, visible) = await Gateway.PostAsync("{ ticketCategories { key } }", token: municipal);
        var (_, all) = await Gateway.PostAsync("{ ticketCategories(includeInactive: true) { key label active } }", token: staff);
        var (_, refused) = await Gateway.PostAsync(triage, new { n = other, c = "online-haat" }, staff);
        var (_, ticket) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { category } }", new { n = number }, staff);

        Assert.Contains("online-haat", Keys(added, "saveTicketCategory"));
        Assert.Equal("online-haat", filed["data"]!["triageTicket"]!["category"]!.GetValue<string>());
        Assert.DoesNotContain("online-haat", Keys(visible, "ticketCategories"));
        var retired = all["data"]!["ticketCategories"]!.AsArray().Single(e => e!["key"]!.GetValue<string>() == "online-haat")!;
        Assert.Equal("Online haat en desinformatie", retired["label"]!.GetValue<string>());
        Assert.False(retired["active"]!.GetValue<bool>());
        Assert.Equal("BAD_USER_INPUT", Code(refused));
        Assert.Equal("online-haat", ticket["data"]!["ticket"]!["category"]!.GetValue<string>());
    }

    [Fact]
    public async Task SavePreventionLevel_BadKey_IsRefusedAndTheListIsUnchanged()
    {
        var admin = await Gateway.TokenAsync("admin@vvsg.example", new RoleGrant(Role.Admin, null));
        var (_, before) = await Gateway.PostAsync("{ preventionLevels(includeInactive: true) { key } }", token: admin);

        var (_, refused) = await Gateway.PostAsync("mutation { savePreventionLevel(key: \"Niveau 6\", label: \"Zes\") { key } }", token: admin);
        var (_, after) = await Gateway.PostAsync("{ preventionLevels(includeInactive: true) { key } }", token: admin);

        Assert.Equal("BAD_USER_INPUT", Code(refused));
        Assert.Equal("key", refused["errors"]![0]!["extensions"]!["field"]?.GetValue<string>());
        Assert.Equal(Keys(before, "preventionLevels"), Keys(after, "preventionLevels"));
    }

    [Fact]
    public async Task SaveTicketCategory_Staff_IsForbidden()
    {
        var (_, body) = await Gateway.PostAsync("mutation { saveTicketCategory(key: \"stafwerk\", label: \"Staf\") { key } }", token: await Gateway.StaffTokenAsync());

        Assert.Equal("FORBIDDEN", Code(body));
    }
}
