using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Telemetry;

/// <summary>
/// The built gateway as a process of its own (demo mode: one person per role), so its meters count only what these tests
/// do; it also serves <c>/metrics</c> without sign-in on <see cref="MetricsPort"/>.
/// </summary>
public sealed class TelemetryProcessFixture : IAsyncLifetime
{
    public const string Admin = "admin@vvsg.example";
    public const string Staff = "staff@vvsg.example";
    public const string Municipal = "coordinator@gent.example";

    private readonly TempDirectory _data = new();

    public GatewayProcess Gateway { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public int MetricsPort { get; } = FreePort.Next();

    public async Task InitializeAsync()
    {
        Gateway = await GatewayProcess.StartAsync(_data.Path, new Dictionary<string, string>
        {
            ["Telemetry:MetricsPort"] = MetricsPort.ToString(CultureInfo.InvariantCulture),
            ["Telemetry:MetricsHost"] = "127.0.0.1",
        });
        Http = new HttpClient { BaseAddress = Gateway.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
        _data.Dispose();
    }

    public string Token(string email) => GatewayProcess.Token(_data.Path, email);

    /// <summary>GETs a path with the person's bearer token (none for null).</summary>
    public async Task<(int Status, string Body, HttpResponseMessage Response)> GetAsync(string path, string? email, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (email is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(email));
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>The admin's scrape of <c>/metrics</c>.</summary>
    public async Task<string> ScrapeAsync()
    {
        var (status, body, response) = await GetAsync("/metrics", Admin);
        response.Dispose();
        Assert.Equal(200, status);
        return body;
    }

    /// <summary>Scrapes until <paramref name="until"/> holds for the text (the gauges are read every few seconds).</summary>
    public async Task<string> ScrapeUntilAsync(Func<string, bool> until, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var text = await ScrapeAsync();
            if (until(text))
            {
                return text;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/metrics did not show {what} in 30 s:\n{text}");
            await Task.Delay(500);
        }
    }

    /// <summary>POSTs GraphQL as the person.</summary>
    public async Task<JsonNode> GraphQLAsync(string query, object variables, string email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(email));
        using var response = await Http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

[CollectionDefinition(Name)]
public sealed class TelemetryProcessCollection : ICollectionFixture<TelemetryProcessFixture>
{
    public const string Name = "telemetry-process";
}
