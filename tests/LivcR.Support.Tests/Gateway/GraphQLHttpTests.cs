using System.Net;
using System.Text.Json.Nodes;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class GraphQLHttpTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task Post_MalformedJson_Is400WithAGraphQLError()
    {
        var (status, contentType, body) = await Gateway.PostRawAsync("{\"query\": ", "application/json");

        Assert.Equal(400, status);
        Assert.StartsWith("application/graphql-response+json", contentType, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(body)!["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        var (status, _, _) = await Gateway.PostRawAsync("{ provincialPlatforms { name } }", "text/plain");

        Assert.Equal(415, status);
    }

    [Fact]
    public async Task Post_UnacceptableAccept_Is406()
    {
        var (status, _, _) = await Gateway.PostRawAsync(GatewayHost.Json(new { query = "{ provincialPlatforms { name } }" }), "application/json", accept: "text/html");

        Assert.Equal(406, status);
    }

    [Fact]
    public async Task Post_SyntaxError_Is400WithErrorsAndNoData()
    {
        var (status, _, body) = await Gateway.PostRawAsync(GatewayHost.Json(new { query = "{ provincialPlatforms { name " }), "application/json");

        Assert.Equal(400, status);
        var json = JsonNode.Parse(body)!;
        Assert.NotNull(json["errors"]);
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task Post_UnknownField_Is400UnderGraphQLResponseJson()
    {
        var (status, _, body) = await Gateway.PostRawAsync(GatewayHost.Json(new { query = "{ noSuchField }" }), "application/json");

        Assert.Equal(400, status);
        Assert.Contains("noSuchField", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AcceptApplicationJson_AnswersApplicationJson()
    {
        var (status, contentType, _) = await Gateway.PostRawAsync(GatewayHost.Json(new { query = "{ provincialPlatforms { name } }" }), "application/json", accept: "application/json");

        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Query_Works()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ municipality(nisCode: \"44021\") { name } }"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Gateway.StaffTokenAsync());
        var response = await Gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Mutation_Is405AndCreatesNothing()
    {
        const string mutation = "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"44021\", subject: \"via GET\", body: \"x\", requesterName: \"X\", requesterEmail: \"x@gent.be\"}) { number } }";
        var response = await Gateway.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Query_TooDeep_IsRefusedBeforeExecution()
    {
        var (status, _, body) = await Gateway.PostRawAsync(
            GatewayHost.Json(new { query = "{ a: provincialPlatforms { municipalities { name } } " + DeepIntrospection(20) + " }" }),
            "application/json",
            token: await Gateway.StaffTokenAsync());

        Assert.Equal(400, status);
        Assert.Contains("depth", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_LiveAndReady_AreHealthy()
    {
        var live = await Gateway.Http.GetAsync("/health/live");
        var ready = await Gateway.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    private static string DeepIntrospection(int depth)
    {
        var open = string.Concat(Enumerable.Repeat("ofType { ", depth));
        var close = string.Concat(Enumerable.Repeat("} ", depth));
        return "__type(name: \"Query\") { fields { type { " + open + "name " + close + "} } }";
    }
}
