using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class ConfidentialityAndAuditTests(GatewayFixture fixture)
{
    private const string Read = "query($n: String!) { ticket(number: $n) { subject confidential } }";

    private static string? Code(JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task ConfidentialTicket_OnlyRequesterAndStaffSeeIt_UntilTheRequesterOpensItUp()
    {
        var gateway = fixture.Gateway;
        var requester = await gateway.TokenAsync("lies@brugge.example", new RoleGrant(Role.Municipal, "31005"));
        var colleague = await gateway.TokenAsync("tom@brugge.example", new RoleGrant(Role.Municipal, "31005"));
        var staff = await gateway.StaffTokenAsync();
        var (_, submitted) = await gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"31005\", subject: \"Casus jongere\", body: \"Vertrouwelijk\", confidential: true}) { number confidential requester { email } } }",
            token: requester);
        var ticket = submitted["data"]!["submitHelpdeskRequest"]!;
        var number = ticket["number"]!.GetValue<string>();
        Assert.True(ticket["confidential"]!.GetValue<bool>());
        Assert.Equal("lies@brugge.example", ticket["requester"]!["email"]!.GetValue<string>());

        var (_, byColleague) = await gateway.PostAsync(Read, new { n = number }, colleague);
        var (_, byRequester) = await gateway.PostAsync(Read, new { n = number }, requester);
        var (_, byStaff) = await gateway.PostAsync(Read, new { n = number }, staff);
        var (_, colleagueOpens) = await gateway.PostAsync("mutation($n: String!) { setTicketConfidential(number: $n, confidential: false) { number } }", new { n = number }, colleague);
        var (_, requesterOpens) = await gateway.PostAsync("mutation($n: String!) { setTicketConfidential(number: $n, confidential: false) { confidential } }", new { n = number }, requester);
        var (_, afterwards) = await gateway.PostAsync(Read, new { n = number }, colleague);

        Assert.Equal("NOT_FOUND", Code(byColleague));
        Assert.Equal("Casus jongere", byRequester["data"]!["ticket"]!["subject"]!.GetValue<string>());
        Assert.Equal("Casus jongere", byStaff["data"]!["ticket"]!["subject"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", Code(colleagueOpens));
        Assert.False(requesterOpens["data"]!["setTicketConfidential"]!["confidential"]!.GetValue<bool>());
        Assert.Equal("Casus jongere", afterwards["data"]!["ticket"]!["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task AuditTrail_RecordsWhoSubmittedAndReadFromWhere_WithoutContent()
    {
        var gateway = fixture.Gateway;
        var requester = await gateway.TokenAsync("an@leuven.example", new RoleGrant(Role.Municipal, "24062"));
        var stranger = await gateway.TokenAsync("piet@hasselt.example", new RoleGrant(Role.Municipal, "71072"));
        var staff = await gateway.StaffTokenAsync();
        var (_, submitted) = await gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"24062\", subject: \"Geheim onderwerp\", body: \"Geheime inhoud\"}) { number } }",
            token: requester);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        await gateway.PostAsync(Read, new { n = number }, staff);
        await gateway.PostAsync(Read, new { n = number }, stranger);

        var (_, trail) = await gateway.PostAsync("query($n: String!) { auditTrail(ticketNumber: $n) { at actor action target ip outcome } }", new { n = number }, staff);

        var entries = trail["data"]!["auditTrail"]!.AsArray();
        Assert.Contains(entries, e => Is(e, "an@leuven.example", "ticket.submit", "ok"));
        Assert.Contains(entries, e => Is(e, "staff@vvsg.example", "ticket.read", "ok"));
        Assert.Contains(entries, e => Is(e, "piet@hasselt.example", "ticket.read", "denied"));
        Assert.All(entries, e => Assert.Equal("127.0.0.1", e!["ip"]!.GetValue<string>()));
        Assert.DoesNotContain("Geheim", trail.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTable_RefusesChangesEvenStraightInTheDatabase()
    {
        var gateway = fixture.Gateway;
        await gateway.PostAsync("mutation { requestSignInCode(email: \"someone@vvsg.example\") }");
        var options = gateway.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
        await using var connection = await DatabaseBootstrap.OpenAsync(options);

        foreach (var sql in new[] { "UPDATE livcr_audit SET actor = 'someone-else'", "DELETE FROM livcr_audit" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("audit entries cannot be", error.Message, StringComparison.Ordinal);
        }
    }

    private static bool Is(JsonNode? entry, string actor, string action, string outcome) =>
        entry!["actor"]!.GetValue<string>() == actor && entry["action"]!.GetValue<string>() == action && entry["outcome"]!.GetValue<string>() == outcome;
}
