using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LivcR.Support.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Infrastructure;

/// <summary>A real gateway process-in-a-process: Kestrel on a free loopback port, its own silo ports and settings.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public Uri GraphQL => new(Address, "/graphql");

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a gateway with the given settings (key=value); silo ports and the URL are chosen here.</summary>
    public static async Task<GatewayHost> StartAsync(IDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Testing",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var app = await GatewayApp.BuildAsync(all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray())
            ?? throw new InvalidOperationException("The gateway refused to start (see the log).");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GatewayHost(app, new Uri(address));
    }

    /// <summary>Starts a standalone gateway (co-hosted silo) on a SQLite file.</summary>
    public static Task<GatewayHost> StartStandaloneAsync(string sqlitePath, IDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["Persistence:SqlitePath"] = sqlitePath,
            ["Orleans:ClusterId"] = "test-" + Guid.NewGuid().ToString("N"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return StartAsync(settings);
    }

    /// <summary>POSTs a GraphQL request as application/json and returns the status and parsed body.</summary>
    public async Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body"));
    }

    /// <summary>POSTs raw content with the given content type and Accept header.</summary>
    public async Task<(int Status, string ContentType, string Body)> PostRawAsync(string body, string contentType, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? string.Empty, await response.Content.ReadAsStringAsync());
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
