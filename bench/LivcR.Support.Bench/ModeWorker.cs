using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LivcR.Support.Bench;

/// <summary>
/// One mode in its own process (so memory and warm state of one mode do not leak into the other): starts the gateway
/// with a co-hosted silo, loads it through <c>POST /graphql</c>, measures, and writes a <see cref="ModeResult"/> as JSON.
/// </summary>
internal static class ModeWorker
{
    private const string List = "{ tickets(first: 50, filter: {statuses: [NEW, OPEN], province: LIMBURG}, orderBy: DUE_AT) { nodes { number } } }";
    private const int QueryRuns = 200;
    private const double MiB = 1024 * 1024;

    private static readonly string Search = $"{{ tickets(first: 50, filter: {{text: \"{TextCorpus.SearchWord}\"}}) {{ totalCount nodes {{ number }} }} }}";

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var mode = arguments.Mode!.Value;
        if (arguments.DataFolder is not { } data || !Directory.Exists(data) || (mode == BenchMode.PostgreSql && string.IsNullOrEmpty(arguments.ConnectionString)))
        {
            Console.Error.WriteLine("--mode needs --data FOLDER (and --connection for PostgreSql); the orchestrator passes them.");
            return 64;
        }

        try
        {
            var result = await MeasureAsync(mode, arguments.Tickets, arguments.ConnectionString, data);
            await File.WriteAllTextAsync(ResultFile(data), JsonSerializer.Serialize(result));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
        }
    }

    /// <summary>Where the child leaves its figures for the orchestrator.</summary>
    public static string ResultFile(string data) => Path.Combine(data, "result.json");

    private static async Task<ModeResult> MeasureAsync(BenchMode mode, int tickets, string? connectionString, string data)
    {
        ModeResult result;
        var app = await GatewayApp.BuildAsync(Settings(mode, connectionString, data, []))
            ?? throw new InvalidOperationException("The gateway refused to start (see the log above).");
        await using (app)
        {
            await app.StartAsync();
            result = await MeasureAsync(app, mode, tickets);
            await app.StopAsync();
        }

        // The web application on the same database, after a restart with outgoing mail pointed at an SMTP peer here (the
        // sign-in code comes by mail). Not configured during the load: every submission would then have its
        // acknowledgement delivered while the load runs, which is another measurement than the one above.
        await using var mail = new SmtpPeer();
        var restart = Stopwatch.StartNew();
        var portal = await GatewayApp.BuildAsync(Settings(mode, connectionString, data, [.. mail.Settings, new("Mail:Outbox:PollSeconds", "1")]))
            ?? throw new InvalidOperationException("The gateway refused to start again (see the log above).");
        await using (portal)
        {
            await portal.StartAsync();
            var address = new Uri(Address(portal));
            using (var probe = new HttpClient { BaseAddress = address })
            {
                (await probe.GetAsync("/aanmelden")).EnsureSuccessStatusCode();
            }

            restart.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{mode}] restarted on the loaded database in {restart.Elapsed.TotalSeconds:0.0} s; the portal …"));
            var pages = await PortalPages.MeasureAsync(portal.Services, address, await StaffTokenAsync(portal.Services), mail, restart.Elapsed, $"{mode}");
            await portal.StopAsync();
            return result with { Portal = pages };
        }
    }

    private static string Address(WebApplication app) => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static string[] Settings(BenchMode mode, string? connectionString, string data, IEnumerable<KeyValuePair<string, string>> extra)
    {
        var invariant = CultureInfo.InvariantCulture;
        var settings = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Production",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(invariant),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(invariant),
            ["Orleans:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N")[..8],
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Auth:SigningKeyPath"] = Path.Combine(data, "signing-key"),
            ["GraphQL:RequestsPerUserPerMinute"] = "100000000",
            ["GraphQL:RequestsPerIpPerMinute"] = "100000000",
            ["Persistence:Provider"] = mode == BenchMode.Sqlite ? "Sqlite" : "PostgreSql",
            ["Portal:KeysPath"] = Path.Combine(data, "portal-keys"),
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        if (mode == BenchMode.Sqlite)
        {
            settings["Persistence:SqlitePath"] = Path.Combine(data, "livcr-support.db");
        }
        else
        {
            settings["Persistence:ConnectionString"] = connectionString!;
        }

        return settings.Select(kv => $"--{kv.Key}={kv.Value}").ToArray();
    }

    private static async Task<ModeResult> MeasureAsync(WebApplication app, BenchMode mode, int tickets)
    {
        var address = Address(app);
        var token = await StaffTokenAsync(app.Services);
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var municipalities = app.Services.GetRequiredService<MunicipalityDirectory>().All.Select(m => m.NisCode).Order(StringComparer.Ordinal).ToArray();
        var load = new SubmissionLoad(new Uri(address), token, app.Services.GetRequiredService<IGrainFactory>(), municipalities);

        // The plan: a warm-up (JIT, grain activations; not measured), the bulk at concurrency 16, a diagnostic sample
        // straight to the intake grain, then a sample at concurrency 1 on the loaded database. Together exactly N tickets.
        var warmUp = Math.Min(2000, tickets / 10);
        var single = Math.Min(500, tickets / 4);
        var direct = Math.Min(2000, tickets / 20);
        var bulk = tickets - warmUp - single - direct;
        Console.WriteLine($"[{mode}] {tickets} tickets across {municipalities.Length} municipalities: warm-up {warmUp}, concurrency 16 {bulk}, grain-direct {direct}, concurrency 1 {single}");

        var clock = Stopwatch.StartNew();
        _ = await load.OverHttpAsync(0, warmUp, 16);
        var cpu = CpuMeter.Start();
        var submit16 = await load.OverHttpAsync(warmUp, warmUp + bulk, 16, $"[{mode}] concurrency 16");
        var submit16Cpu = cpu.Stop();
        var grain16 = await load.ToGrainAsync(warmUp + bulk, warmUp + bulk + direct, 16);
        var submit1 = await load.OverHttpAsync(warmUp + bulk + direct, tickets, 1);
        var floor16 = await load.HttpFloorAsync(Math.Min(5000, tickets / 2), 16);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{mode}] loaded in {clock.Elapsed:m\\:ss}; c=16 {submit16.PerSecond:0}/s, c=1 {submit1.PerSecond:0}/s"));

        // Memory right after the load: the working set as the process holds it, the GC heap live after a full collection.
        double workingSet;
        using (var self = Process.GetCurrentProcess())
        {
            workingSet = self.WorkingSet64 / MiB;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var gcHeap = GC.GetTotalMemory(forceFullCollection: true) / MiB;

        var (list, listed) = await QueryAsync(http, List);
        var (search, found) = await QueryAsync(http, Search);
        if (listed == 0)
        {
            Console.WriteLine($"[{mode}] warning: the triage list returned no rows");
        }

        Console.WriteLine($"[{mode}] queries done (search totalCount {found}); raw INSERT rate …");
        var persistence = app.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
        var raw1 = RawInserts.Run(persistence, "c1", 3_000, concurrency: 1);
        var raw16 = RawInserts.Run(persistence, "c16", 10_000, concurrency: 16);
        var (repairScan, repairBehind) = await RepairAsync(app.Services, persistence, Math.Min(Report.RepairBehindTickets, tickets / 2));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{mode}] repair pass: {repairScan.P50Ms:0.0} ms with nothing behind, {repairBehind.P50Ms:0} ms for {Math.Min(Report.RepairBehindTickets, tickets / 2)} rows missing"));
        return new ModeResult(mode, tickets, warmUp, submit1, submit16, submit16Cpu, grain16, floor16, raw1, raw16, list, search, found, workingSet, gcHeap, clock.Elapsed, repairScan, repairBehind, null);
    }

    /// <summary>
    /// The projection repair pass on the loaded database: 20 passes with nothing behind (the cost of each sweep), then one
    /// pass after <paramref name="missing"/> rows were deleted (as crashes between state write and projection leave them).
    /// </summary>
    private static async Task<(Latency Scan, Latency Behind)> RepairAsync(IServiceProvider services, PersistenceOptions persistence, int missing)
    {
        var repair = services.GetRequiredService<ProjectionRepair>();
        var timings = new List<double>();
        var wall = Stopwatch.StartNew();
        for (var run = 0; run < 20; run++)
        {
            var started = Stopwatch.GetTimestamp();
            if (await repair.RepairAsync() != 0)
            {
                Console.WriteLine("warning: the repair pass found rows behind on a database at rest");
            }

            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var scan = Latency.From(timings, wall.Elapsed);
        await using (var connection = await DatabaseBootstrap.OpenForWriteAsync(persistence))
        await using (var delete = connection.CreateCommand())
        {
            delete.CommandText = $"DELETE FROM livcr_ticket WHERE number IN (SELECT number FROM livcr_ticket ORDER BY number DESC LIMIT {missing})";
            await delete.ExecuteNonQueryAsync();
        }

        var behind = Stopwatch.StartNew();
        var repaired = await repair.RepairAsync();
        behind.Stop();
        if (repaired != missing)
        {
            Console.WriteLine($"warning: the repair pass projected {repaired} of {missing} missing rows");
        }

        return (scan, Latency.From([behind.Elapsed.TotalMilliseconds], behind.Elapsed));
    }

    private static async Task<string> StaffTokenAsync(IServiceProvider services)
    {
        var person = services.GetRequiredService<IGrainFactory>().Person("bench@vvsg.example");
        await person.SaveProfileAsync("Benchmark");
        var view = await person.GrantAsync(new RoleGrant(Role.Staff, null));
        return services.GetRequiredService<TokenIssuer>().Issue(view).Token;
    }

    /// <summary>Runs the query <see cref="QueryRuns"/> times, one after the other; returns the latencies and the totalCount (or node count) of the last answer.</summary>
    private static async Task<(Latency Latency, int Count)> QueryAsync(HttpClient http, string query)
    {
        var timings = new List<double>(QueryRuns);
        var count = 0;
        var wall = Stopwatch.StartNew();
        for (var run = 0; run < QueryRuns; run++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("/graphql", new { query });
            var body = await response.Content.ReadAsStringAsync();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var tickets = JsonNode.Parse(body)?["data"]?["tickets"];
            if (!response.IsSuccessStatusCode || tickets is null || body.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Query failed ({(int)response.StatusCode}): {body}");
            }

            count = tickets["totalCount"]?.GetValue<int>() ?? tickets["nodes"]!.AsArray().Count;
        }

        return (Latency.From(timings, wall.Elapsed), count);
    }
}
