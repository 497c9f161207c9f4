using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class SavedViewTests(GatewayFixture fixture)
{
    [Fact]
    public async Task SavedView_RunsItsFilterAndIsPersonal()
    {
        var gateway = fixture.Gateway;
        var me = await gateway.TokenAsync("lijsten@vvsg.example", new RoleGrant(Role.Staff, null));
        var colleague = await gateway.TokenAsync("andere@vvsg.example", new RoleGrant(Role.Staff, null));
        var (_, submitted) = await gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"44083\", subject: \"Lijstvraag\", body: \"Tekst\", requesterName: \"X\", requesterEmail: \"x@deinze.example\"}) { number } }",
            token: me);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        await gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {tags: [\"deinze-lijst\"]}) { version } }", new { n = number }, me);

        var (_, saved) = await gateway.PostAsync("mutation { saveTicketView(name: \"Deinze\", filter: {tag: \"deinze-lijst\"}, orderBy: UPDATED) { name builtIn } }", token: me);
        var (_, run) = await gateway.PostAsync("{ tickets(view: \"Deinze\") { nodes { number } } }", token: me);
        var (_, theirs) = await gateway.PostAsync("{ ticketViews { name } }", token: colleague);
        var (_, missing) = await gateway.PostAsync("{ tickets(view: \"Deinze\") { nodes { number } } }", token: colleague);
        var (_, builtIn) = await gateway.PostAsync("{ tickets(view: \"Niet toegewezen\", first: 200) { totalCount } }", token: me);

        var names = saved["data"]!["saveTicketView"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["Mijn open tickets", "Niet toegewezen", "SLA in gevaar", "Deinze"], names);
        Assert.Equal([number], run["data"]!["tickets"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<string>()));
        Assert.DoesNotContain(theirs["data"]!["ticketViews"]!.AsArray(), v => v!["name"]!.GetValue<string>() == "Deinze");
        Assert.Equal("NOT_FOUND", missing["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(builtIn["data"]!["tickets"]!["totalCount"]!.GetValue<int>() >= 1);
    }
}
