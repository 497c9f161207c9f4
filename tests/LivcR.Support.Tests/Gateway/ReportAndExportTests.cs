using System.Net;
using System.Net.Http.Headers;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class ReportAndExportTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task Export_StaffGetsAnExcelReadyCsvOfTheFilter_MunicipalityOnlyItsOwn()
    {
        var municipal = await Gateway.TokenAsync("csv@tielt.example", new RoleGrant(Role.Municipal, "37022"));
        var (_, submitted) = await Gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"37022\", subject: \"CSV; met puntkomma\", body: \"Tekst\"}) { number } }",
            token: municipal);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();

        var (status, bytes, contentType) = await GetAsync("/exports/tickets.csv?municipalityNisCode=37022", await Gateway.StaffTokenAsync());
        var (ownStatus, ownBytes, _) = await GetAsync("/exports/tickets.csv", municipal);
        var (anonymousStatus, _, _) = await GetAsync("/exports/tickets.csv", null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("text/csv", contentType, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Ticket;Onderwerp;Status;", text, StringComparison.Ordinal);
        Assert.Contains($"{number};\"CSV; met puntkomma\";Nieuw;Normaal;;37022;Tielt;West-Vlaanderen;", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownStatus);
        Assert.All(System.Text.Encoding.UTF8.GetString(ownBytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1), l => Assert.Contains(";37022;", l, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStatus);
    }

    [Fact]
    public async Task TicketStats_ThisMonth_CountsWhatWasCreated()
    {
        var staff = await Gateway.StaffTokenAsync();
        var now = DateTimeOffset.UtcNow;
        var (_, before) = await Gateway.PostAsync("query($f: DateTimeOffset!, $t: DateTimeOffset!) { ticketStats(from: $f, to: $t, groupBy: PROVINCE) { key created } }", new { f = now.AddDays(-1), t = now.AddDays(1) }, staff);
        await Gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"73107\", subject: \"Statistiek\", body: \"Tekst\", requesterName: \"X\", requesterEmail: \"x@maasmechelen.example\"}) { number } }",
            token: staff);
        var (_, after) = await Gateway.PostAsync("query($f: DateTimeOffset!, $t: DateTimeOffset!) { ticketStats(from: $f, to: $t, groupBy: PROVINCE) { key created } }", new { f = now.AddDays(-1), t = now.AddDays(1) }, staff);

        int Limburg(System.Text.Json.Nodes.JsonNode body) =>
            body["data"]!["ticketStats"]!.AsArray().FirstOrDefault(g => g!["key"]!.GetValue<string>() == "limburg")?["created"]?.GetValue<int>() ?? 0;
        Assert.Equal(Limburg(before) + 1, Limburg(after));
    }

    private async Task<(HttpStatusCode Status, byte[] Body, string ContentType)> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Gateway.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.ToString() ?? string.Empty);
    }
}
