using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
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
    private readonly TempDirectory _keys;

    private GatewayHost(WebApplication app, Uri address, TempDirectory keys)
    {
        _app = app;
        _keys = keys;
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
        var keys = new TempDirectory();
        var all = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Testing",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Auth:SigningKeyPath"] = keys.File("signing-key"),
            ["Auth:CodeRequestsPerIpPer10Minutes"] = "1000",
            ["GraphQL:RequestsPerIpPerMinute"] = "100000",
            ["GraphQL:RequestsPerUserPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var app = await GatewayApp.BuildAsync(all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray())
            ?? throw new InvalidOperationException("The gateway refused to start (see the log).");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GatewayHost(app, new Uri(address), keys);
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

    /// <summary>POSTs a GraphQL request as application/json (with a bearer token when given) and returns the status and parsed body.</summary>
    public async Task<(int Status, JsonNode Body)> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body"));
    }

    /// <summary>
    /// Sends a subscription to <c>/graphql/stream</c> (server-sent events) and returns the first <c>next</c> event's
    /// result, then ends the stream.
    /// </summary>
    public async Task<JsonNode> SubscribeFirstAsync(string query, object? variables = null, string? token = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var isNext = false;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                isNext = line[6..].Trim() == "next";
            }
            else if (isNext && line.StartsWith("data:", StringComparison.Ordinal))
            {
                return JsonNode.Parse(line[5..]) ?? throw new InvalidOperationException("An empty event");
            }
        }

        throw new InvalidOperationException($"The stream ended without an event (HTTP {(int)response.StatusCode}).");
    }

    /// <summary>Waits until this gateway's live feed has its subscription at the hub.</summary>
    public async Task LiveFeedReadyAsync()
    {
        var feed = Services.GetRequiredService<LivcR.Support.Gateway.Live.TicketChangeFeed>();
        for (var i = 0; i < 200 && !feed.Connected; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(feed.Connected, "The live feed did not reach the hub in 10 s.");
    }

    /// <summary>Makes sure the person exists with these roles and returns an access token for them, as sign-in would.</summary>
    public async Task<string> TokenAsync(string email, params RoleGrant[] roles)
    {
        var person = Services.GetRequiredService<IGrainFactory>().Person(email);
        if (await person.GetAsync() is null)
        {
            await person.SaveProfileAsync(email.Split('@')[0]);
        }

        foreach (var role in roles)
        {
            await person.GrantAsync(role);
        }

        return Services.GetRequiredService<TokenIssuer>().Issue((await person.GetAsync())!).Token;
    }

    /// <summary>A token of a VVSG staff member.</summary>
    public Task<string> StaffTokenAsync() => TokenAsync("staff@vvsg.example", new RoleGrant(Role.Staff, null));

    /// <summary>POSTs raw content with the given content type and Accept header.</summary>
    public async Task<(int Status, string ContentType, string Body)> PostRawAsync(string body, string contentType, string accept = "application/graphql-response+json", string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

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
        _keys.Dispose();
    }
}
