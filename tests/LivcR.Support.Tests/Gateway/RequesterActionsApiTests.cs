using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

/// <summary>What the portal's question form and ticket page need of the API: category on submit, close and reopen, attachment limits.</summary>
[Collection(GatewayCollection.Name)]
public sealed class RequesterActionsApiTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    private static string? Code(JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private async Task<(string Number, string Municipal)> SubmitAsync(string nis, object extra)
    {
        var municipal = await Gateway.TokenAsync($"vrager-{Guid.NewGuid():N}@{nis}.example", new RoleGrant(Role.Municipal, nis));
        var input = new JsonObject { ["municipalityNisCode"] = nis, ["subject"] = "Vraag over de werking", ["body"] = "Hoe pakken we dit aan?" };
        foreach (var (key, value) in JsonNode.Parse(GatewayHost.Json(extra))!.AsObject())
        {
            input[key] = value?.DeepClone();
        }

        var (_, submitted) = await Gateway.PostAsync(
            "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number category preventionLevel } }", new { i = input }, municipal);
        return (submitted["data"]?["submitHelpdeskRequest"]?["number"]?.GetValue<string>() ?? Code(submitted)!, municipal);
    }

    [Fact]
    public async Task Submit_WithCategoryAndPreventionLevel_TicketIsFiledUnderThem()
    {
        var (number, municipal) = await SubmitAsync("44021", new { category = "livcr-werking", preventionLevel = "gericht" });

        var (_, read) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { category preventionLevel } }", new { n = number }, municipal);

        Assert.Equal("livcr-werking", read["data"]!["ticket"]!["category"]!.GetValue<string>());
        Assert.Equal("gericht", read["data"]!["ticket"]!["preventionLevel"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_WithUnknownCategory_IsRefusedForThatFieldAndCreatesNothing()
    {
        var municipal = await Gateway.TokenAsync("onbekend@44021.example", new RoleGrant(Role.Municipal, "44021"));
        var (_, refused) = await Gateway.PostAsync(
            "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }",
            new { i = new { municipalityNisCode = "44021", subject = "Categorie bestaat niet", body = "Test", category = "bestaat-niet" } }, municipal);
        var (_, list) = await Gateway.PostAsync("{ tickets(filter: {text: \"Categorie bestaat niet\"}) { totalCount } }", null, municipal);

        Assert.Equal("BAD_USER_INPUT", Code(refused));
        Assert.Equal("category", refused["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(0, list["data"]!["tickets"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Close_ByTheMunicipalityOnAnOpenTicket_PassesResolvedAndEndsClosed()
    {
        var (number, municipal) = await SubmitAsync("44021", new { });

        var (_, closed) = await Gateway.PostAsync("mutation($n: String!) { closeTicket(number: $n, expectedVersion: 1) { status entries { kind body } } }", new { n = number }, municipal);
        var (_, again) = await Gateway.PostAsync("mutation($n: String!) { closeTicket(number: $n) { status } }", new { n = number }, municipal);

        Assert.Equal("CLOSED", closed["data"]!["closeTicket"]!["status"]!.GetValue<string>());
        Assert.Contains("Status: opgelost", closed.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("CONFLICT", Code(again));
    }

    [Fact]
    public async Task Close_OnAStaleVersion_IsAConflictAndChangesNothing()
    {
        var (number, municipal) = await SubmitAsync("44021", new { });
        var staff = await Gateway.StaffTokenAsync();
        await Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"We bekijken het.\") { version } }", new { n = number }, staff);

        var (_, stale) = await Gateway.PostAsync("mutation($n: String!) { closeTicket(number: $n, expectedVersion: 1) { status } }", new { n = number }, municipal);
        var (_, read) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { status } }", new { n = number }, municipal);

        Assert.Equal("CONFLICT", Code(stale));
        Assert.Equal("OPEN", read["data"]!["ticket"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reopen_AResolvedTicket_OpensIt_ButNotAnOpenOne()
    {
        var (number, municipal) = await SubmitAsync("71072", new { });
        var staff = await Gateway.StaffTokenAsync();
        var (_, notResolved) = await Gateway.PostAsync("mutation($n: String!) { reopenTicket(number: $n) { status } }", new { n = number }, municipal);
        await Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: RESOLVED}) { status } }", new { n = number }, staff);

        var (_, reopened) = await Gateway.PostAsync("mutation($n: String!) { reopenTicket(number: $n) { status } }", new { n = number }, municipal);

        Assert.Equal("CONFLICT", Code(notResolved));
        Assert.Equal("OPEN", reopened["data"]!["reopenTicket"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Close_ATicketOfAnotherMunicipality_IsNotFound()
    {
        var (number, _) = await SubmitAsync("44021", new { });
        var hasselt = await Gateway.TokenAsync("ander@71072.example", new RoleGrant(Role.Municipal, "71072"));

        var (_, refused) = await Gateway.PostAsync("mutation($n: String!) { closeTicket(number: $n) { status } }", new { n = number }, hasselt);

        Assert.Equal("NOT_FOUND", Code(refused));
    }

    [Fact]
    public async Task AttachmentLimits_AreTheOnesUploadsAreCheckedAgainst()
    {
        var municipal = await Gateway.TokenAsync("limieten@44021.example", new RoleGrant(Role.Municipal, "44021"));

        var (_, limits) = await Gateway.PostAsync("{ attachmentLimits { maxFileBytes maxTicketBytes allowedExtensions } }", null, municipal);

        Assert.Equal(10 * 1024 * 1024, limits["data"]!["attachmentLimits"]!["maxFileBytes"]!.GetValue<int>());
        Assert.Equal(25 * 1024 * 1024, limits["data"]!["attachmentLimits"]!["maxTicketBytes"]!.GetValue<int>());
        Assert.Contains("pdf", limits["data"]!["attachmentLimits"]!["allowedExtensions"]!.AsArray().Select(e => e!.GetValue<string>()));
    }
}
