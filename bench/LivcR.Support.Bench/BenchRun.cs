using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Bench;

/// <summary>Starts the system in one mode, loads it through the GraphQL endpoint and measures.</summary>
internal static class BenchRun
{
    private const string Submit = "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }";
    private const string List = "{ tickets(first: 50, filter: {statuses: [NEW, OPEN], province: LIMBURG}, orderBy: DUE_AT) { nodes { number } } }";
    private const string Search = "{ tickets(first: 50, filter: {text: \"kwartiermaker\"}) { totalCount nodes { number } } }";

    public static async Task<ModeResult> RunAsync(string mode, int tickets, LocalPostgres? postgres)
    {
        var data = Directory.CreateTempSubdirectory("livcr-bench-");
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["environment"] = "Production",
                ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
                ["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
                ["Orleans:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N")[..8],
                ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Auth:SigningKeyPath"] = Path.Combine(data.FullName, "signing-key"),
                ["GraphQL:RequestsPerUserPerMinute"] = "10000000",
                ["GraphQL:RequestsPerIpPerMinute"] = "10000000",
                ["Persistence:Provider"] = postgres is null ? "Sqlite" : "PostgreSql",
                ["Persistence:SqlitePath"] = Path.Combine(data.FullName, "bench.db"),
                ["Persistence:ConnectionString"] = postgres?.ConnectionString ?? string.Empty,
            };
            var app = await GatewayApp.BuildAsync(settings.Select(kv => $"--{kv.Key}={kv.Value}").ToArray())
                ?? throw new InvalidOperationException("The gateway did not start.");
            await using (app)
            {
                await app.StartAsync();
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                using var http = new HttpClient { BaseAddress = new Uri(address) };
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffTokenAsync(app.Services));
                var municipalities = app.Services.GetRequiredService<MunicipalityDirectory>().All.Select(m => m.NisCode).ToArray();
                Console.WriteLine($"{mode}: loading {tickets} tickets …");

                var load = Stopwatch.StartNew();
                var single = await SubmitAsync(http, municipalities, 0, Math.Min(500, tickets), concurrency: 1);
                var bulk = await SubmitAsync(http, municipalities, Math.Min(500, tickets), tickets, concurrency: 16);
                load.Stop();
                var list = await QueryAsync(http, List, 200);
                var search = await QueryAsync(http, Search, 200);
                GC.Collect();
                var workingSet = Process.GetCurrentProcess().WorkingSet64 / (1024 * 1024);
                var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024);
                var persistence = app.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
                var raw1 = await RawInserts.RunAsync(persistence, 1000, concurrency: 1);
                var raw16 = await RawInserts.RunAsync(persistence, 5000, concurrency: 16);
                await app.StopAsync();
                return new ModeResult(mode, single, bulk, raw1, raw16, list, search, workingSet, heap, load.Elapsed);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }

    private static async Task<string> StaffTokenAsync(IServiceProvider services)
    {
        var person = services.GetRequiredService<IGrainFactory>().Person("bench@vvsg.example");
        await person.SaveProfileAsync("Benchmark");
        var view = await person.GrantAsync(new RoleGrant(Role.Staff, null));
        return services.GetRequiredService<TokenIssuer>().Issue(view).Token;
    }

    private static async Task<Latency> SubmitAsync(HttpClient http, string[] municipalities, int from, int to, int concurrency)
    {
        var timings = new double[to - from];
        var next = from - 1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < to)
            {
                var input = TextCorpus.Request(i, municipalities[i % municipalities.Length]);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/graphql", new { query = Submit, variables = new { i = input } });
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Submission {i} failed: {body}");
                }

                timings[i - from] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        return Latency.From(timings, wall.Elapsed);
    }

    private static async Task<Latency> QueryAsync(HttpClient http, string query, int runs)
    {
        var timings = new List<double>();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("/graphql", new { query });
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Query failed: {body}");
            }

            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Latency.From(timings, wall.Elapsed);
    }
}
