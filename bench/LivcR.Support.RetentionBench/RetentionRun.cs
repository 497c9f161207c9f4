using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Retention;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LivcR.Support.RetentionBench;

/// <summary>
/// One database: N closed tickets (through the intake and ticket grains, no HTTP), 1 000 open ones for the desk, then the
/// desk measured for 20 s, then retention started (it sees 800 days later) and the desk measured until every closed ticket
/// is anonymised. The desk is one staff member reading the queue page after page and one answering open tickets.
/// </summary>
internal static class RetentionRun
{
    private const int OpenTickets = 1_000;
    private const int SeedConcurrency = 16;
    private const string Queue = "{ tickets(first: 50, filter: {statuses: [NEW, OPEN]}, orderBy: DUE_AT) { totalCount nodes { number } } }";
    private const string Reply = "mutation($n: String!) { replyToTicket(number: $n, body: \"We bekijken het.\") { version } }";
    private static readonly TicketActor Staff = new("bench@vvsg.example", "Benchmark", IsStaff: true);

    public static async Task<RetentionResult> MeasureAsync(int tickets, bool postgres)
    {
        using var data = new TempDirectory();
        LocalPostgres? server = postgres ? await LocalPostgres.StartAsync(durable: true) : null;
        try
        {
            var connection = server?.ConnectionString() + ";Maximum Pool Size=50";
            var app = await GatewayApp.BuildAsync(Settings(data.Path, postgres ? connection : null))
                ?? throw new InvalidOperationException("The gateway refused to start (see the log above).");
            await using (app)
            {
                await app.StartAsync();
                var result = await MeasureAsync(app, tickets, postgres, data.Path, connection);
                await app.StopAsync();
                return result;
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static async Task<RetentionResult> MeasureAsync(WebApplication app, int tickets, bool postgres, string data, string? connection)
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var seeding = Stopwatch.StartNew();
        await SeedAsync(grains, tickets, close: true);
        var open = await SeedAsync(grains, OpenTickets, close: false);
        seeding.Stop();
        Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss}   seeded in {seeding.Elapsed:m\\:ss}");

        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StaffTokenAsync(app.Services));
        var before = await DeskAsync(http, open, until: Task.Delay(TimeSpan.FromSeconds(20)));

        var retention = Stopwatch.StartNew();
        var done = WaitForAnonymisedAsync(grains, tickets, postgres, data, connection);
        var during = await DeskAsync(http, open, until: done);
        retention.Stop();
        Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss}   anonymised in {retention.Elapsed:m\\:ss}");
        return new RetentionResult(
            postgres ? "PostgreSQL" : "SQLite", seeding.Elapsed, retention.Elapsed, await done,
            before.Reads, during.Reads, before.Writes, during.Writes, before.Errors + during.Errors, during.WriteErrors + before.WriteErrors);
    }

    private static async Task<List<string>> SeedAsync(IGrainFactory grains, int count, bool close)
    {
        var numbers = new List<string>(count);
        var next = -1;
        var municipalities = new[] { "11001", "44021", "71072", "24062", "31005", "23088", "12025" };
        await Task.WhenAll(Enumerable.Range(0, SeedConcurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var ticket = await grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest(
                    municipalities[i % municipalities.Length], $"Vraag {i} over een casusoverleg", $"De familie van persoon {i} woont in de Kerkstraat {i % 300}.", $"Medewerker {i % 500}", $"medewerker{i % 500}@gemeente.example"));
                if (close)
                {
                    await grains.GetGrain<ITicketGrain>(ticket.Number).SetByRequesterAsync(Staff, close: true, null);
                }

                lock (numbers)
                {
                    numbers.Add(ticket.Number);
                }
            }
        }));
        return numbers;
    }

    /// <summary>Starts the run (a grain call that outlives its 30 s answer time; the run goes on) and waits until the read model shows all N anonymised.</summary>
    private static async Task<int> WaitForAnonymisedAsync(IGrainFactory grains, int tickets, bool postgres, string data, string? connection)
    {
        var retention = grains.GetGrain<IRetentionGrain>(IRetentionGrain.Key);
        _ = retention.RunAsync().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
        var deadline = DateTime.UtcNow.AddHours(2);
        int anonymised;
        do
        {
            await Task.Delay(1000);
            anonymised = await CountAnonymisedAsync(postgres, data, connection);
            if (anonymised < tickets && DateTime.UtcNow.Second % 30 == 0)
            {
                Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss}   {anonymised:N0} anonymised");
            }

            if (anonymised < tickets)
            {
                // A run that stopped (its answer timed out, or its budget) is joined or started again; never doubled.
                _ = retention.RunAsync().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            }
        }
        while (anonymised < tickets && DateTime.UtcNow < deadline);

        return anonymised;
    }

    private static async Task<int> CountAnonymisedAsync(bool postgres, string data, string? connection)
    {
        await using DbConnection db = postgres ? new NpgsqlConnection(connection) : new SqliteConnection($"Data Source={Path.Combine(data, "livcr-support.db")};Mode=ReadOnly");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM livcr_ticket WHERE retention = 2";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<(Percentiles Reads, Percentiles Writes, int Errors, int WriteErrors)> DeskAsync(HttpClient http, IReadOnlyList<string> open, Task until)
    {
        var reads = new List<double>();
        var writes = new List<double>();
        var errors = 0;
        var writeErrors = 0;
        var reader = Task.Run(async () =>
        {
            while (!until.IsCompleted)
            {
                var watch = Stopwatch.StartNew();
                var ok = await PostAsync(http, Queue, null);
                reads.Add(watch.Elapsed.TotalMilliseconds);
                errors += ok ? 0 : 1;
            }
        });
        var writer = Task.Run(async () =>
        {
            var i = 0;
            while (!until.IsCompleted)
            {
                var watch = Stopwatch.StartNew();
                var ok = await PostAsync(http, Reply, new { n = open[i++ % open.Count] });
                writes.Add(watch.Elapsed.TotalMilliseconds);
                writeErrors += ok ? 0 : 1;
                await Task.Delay(100);
            }
        });
        await Task.WhenAll(reader, writer, until);
        return (Percentiles.Of(reads), Percentiles.Of(writes), errors, writeErrors);
    }

    private static async Task<bool> PostAsync(HttpClient http, string query, object? variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return response.IsSuccessStatusCode && body?["errors"] is null;
    }

    private static async Task<string> StaffTokenAsync(IServiceProvider services)
    {
        var person = services.GetRequiredService<IGrainFactory>().Person(Staff.Email);
        await person.SaveProfileAsync(Staff.Name);
        var view = await person.GrantAsync(new RoleGrant(Role.Staff, null));
        return services.GetRequiredService<TokenIssuer>().Issue(view).Token;
    }

    private static string[] Settings(string data, string? connection)
    {
        var invariant = CultureInfo.InvariantCulture;
        var settings = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Production",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(invariant),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(invariant),
            ["Orleans:ClusterId"] = "retention-bench-" + Guid.NewGuid().ToString("N")[..8],
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Auth:SigningKeyPath"] = Path.Combine(data, "signing-key"),
            ["Portal:KeysPath"] = Path.Combine(data, "portal-keys"),
            ["GraphQL:RequestsPerUserPerMinute"] = "100000000",
            ["GraphQL:RequestsPerIpPerMinute"] = "100000000",
            ["Persistence:Provider"] = connection is null ? "Sqlite" : "PostgreSql",
            ["Faults:RetentionClockOffset"] = "800.00:00:00",
            ["Privacy:RetentionStartDelay"] = "1.00:00:00",
            ["Privacy:RetentionInterval"] = "1.00:00:00",
            ["Privacy:RetentionRunBudget"] = "1.00:00:00",
        };
        if (connection is null)
        {
            settings["Persistence:SqlitePath"] = Path.Combine(data, "livcr-support.db");
        }
        else
        {
            settings["Persistence:ConnectionString"] = connection;
        }

        return [.. settings.Select(kv => $"--{kv.Key}={kv.Value}")];
    }
}
