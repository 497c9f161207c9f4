using System.Net;
using System.Text.Json.Nodes;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class HardeningTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task Introspection_Anonymous_IsForbiddenOutsideDevelopment()
    {
        var (status, body) = await Gateway.PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal(400, status);
        Assert.Equal("FORBIDDEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_Staff_IsAllowed()
    {
        var (status, body) = await Gateway.PostAsync("{ __schema { queryType { name } } }", token: await Gateway.StaffTokenAsync());

        Assert.Equal(200, status);
        Assert.Equal("Query", body["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_OnceAllowedForStaff_IsStillForbiddenForTheNextAnonymousCaller()
    {
        const string query = "{ __schema { mutationType { name } } }";
        var (staffStatus, _) = await Gateway.PostAsync(query, token: await Gateway.StaffTokenAsync());

        var (status, body) = await Gateway.PostAsync(query);

        Assert.Equal(200, staffStatus);
        Assert.Equal(400, status);
        Assert.Equal("FORBIDDEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Document_ThatPassedValidation_IsKept_AndOneThatFailed_IsNot()
    {
        var cache = Gateway.Services.GetRequiredService<ValidatedDocumentCache>();
        const string valid = "query($nis: String!) { municipality(nisCode: $nis) { nisCode province } }";
        const string invalid = "{ municipality(nisCode: \"44021\") { noSuchField } }";
        var token = await Gateway.StaffTokenAsync();

        await Gateway.PostAsync(valid, new { nis = "44021" }, token);
        var (status, _) = await Gateway.PostAsync(invalid, token: token);

        Assert.NotNull(cache.Find(valid));
        Assert.Equal(400, status);
        Assert.Null(cache.Find(invalid));
    }

    [Fact]
    public async Task RepeatedDocument_WithVariablesOfTheWrongType_IsStillRefused()
    {
        const string query = "query($nis: String!) { municipality(nisCode: $nis) { name } }";
        var token = await Gateway.StaffTokenAsync();
        var (firstStatus, first) = await Gateway.PostAsync(query, new { nis = "44021" }, token);

        var (status, body) = await Gateway.PostAsync(query, new { nis = new[] { 1, 2 } }, token);

        Assert.Equal(200, firstStatus);
        Assert.Equal("Gent", first["data"]!["municipality"]!["name"]!.GetValue<string>());
        Assert.Equal(400, status);
        Assert.Null(body["data"]);
        Assert.Contains("nis", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_MoreThanTheLimit_AreRefusedBeforeExecution()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: me {{ email }}")) + " }";

        var (status, body) = await Gateway.PostAsync(query, token: await Gateway.StaffTokenAsync());

        Assert.Equal(400, status);
        Assert.Equal("TOO_MANY_ALIASES", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task RequestBody_OverTheLimit_Is413()
    {
        var (status, _, body) = await Gateway.PostRawAsync(GatewayHost.Json(new { query = "{ me { email } }", variables = new { pad = new string('x', 300 * 1024) } }), "application/json");

        Assert.Equal(413, status);
        Assert.Equal("REQUEST_TOO_LARGE", JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cors_IsOffByDefault()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://elders.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await Gateway.Http.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Errors_NeverCarryAStackTrace()
    {
        var (_, body) = await Gateway.PostAsync("{ ticket(number: \"not-a-number\") { subject } }", token: await Gateway.StaffTokenAsync());

        var text = body.ToJsonString();
        Assert.Equal("BAD_USER_INPUT", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task GraphQL_AnonymousOverThePerIpLimit_Gets429RateLimited()
    {
        using var data = new TempDirectory();
        await using var gateway = await GatewayHost.StartStandaloneAsync(data.File("limits.db"), new Dictionary<string, string> { ["GraphQL:RequestsPerIpPerMinute"] = "5" });

        var statuses = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await gateway.PostAsync("{ __typename }")).Status);
        }

        Assert.Equal([200, 200, 200, 200, 200, 429, 429], statuses);
        var (_, body) = await gateway.PostAsync("{ __typename }");
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignInCodes_OverThePerIpLimit_AreRateLimited()
    {
        using var data = new TempDirectory();
        await using var gateway = await GatewayHost.StartStandaloneAsync(data.File("codes.db"), new Dictionary<string, string> { ["Auth:CodeRequestsPerIpPer10Minutes"] = "3" });

        var codes = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var (_, body) = await gateway.PostAsync("mutation($e: String!) { requestSignInCode(email: $e) }", new { e = $"p{i}@gent.example" });
            codes.Add(body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        }

        Assert.Equal([null, null, null, "RATE_LIMITED"], codes);
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/health/live")).StatusCode);
    }
}
