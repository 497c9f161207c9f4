using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace LivcR.Support.Tests.Crash;

/// <summary>
/// The standalone system as a child process, loaded by 16 callers and killed with SIGKILL at several moments — once right
/// after a ticket's state write and before its read-model row (fault injection) — then started again on the same folder.
/// Every question carries a <c>clientRequestId</c>, so the callers left without an answer can ask again safely.
/// </summary>
public sealed partial class CrashConsistencyTests
{
    [Fact]
    public async Task Standalone_KilledUnderLoad_EveryStoredTicketIsListedSearchableAndMailedOnce()
    {
        using var data = new TempDirectory();
        await using var smtp = new SmtpPeer();
        var token = GatewayProcess.StaffToken(data.Path);
        SubmissionLoad load;

        // 1: the process kills itself after its 40th ticket state write, before that ticket's row and answer.
        await using (var first = await GatewayProcess.StartAsync(data.Path, With(smtp, ("Faults:KillAfterTicketWrites", "40"))))
        {
            load = new SubmissionLoad(first.Address, token);
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await load.RunAsync("a", limit.Token);
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.True(first.HasExited, "the fault should have killed the process");
        }

        // 2 and 3: killed from outside at a moment of the load — once each caller had about one answer, then a little later
        // (counted in answers rather than seconds, so a busy machine kills just as far into the load).
        foreach (var (round, after) in new[] { ("b", TimeSpan.FromMilliseconds(400)), ("c", TimeSpan.Zero) })
        {
            await using var next = await GatewayProcess.StartAsync(data.Path, With(smtp));
            var roundLoad = new SubmissionLoad(next.Address, token);
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var running = roundLoad.RunAsync(round, stop.Token);
            for (var waited = 0; roundLoad.Acknowledged.Count < SubmissionLoad.Concurrency && waited < 600; waited++)
            {
                await Task.Delay(50);
            }

            await Task.Delay(after);
            await next.KillAsync();
            await running;
            Merge(load, roundLoad);
        }

        var stored = StoredTickets(data.Path);
        Assert.True(load.Acknowledged.Count >= 3 * SubmissionLoad.Concurrency, $"only {load.Acknowledged.Count} acknowledged");
        Assert.True(load.InDoubt.Count > 0);

        await using var last = await GatewayProcess.StartAsync(data.Path, With(smtp));
        using var http = new HttpClient { BaseAddress = last.Address };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var listed = await ListAsync(http, null);
        Assert.Equal(stored.Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        var found = await ListAsync(http, SubmissionLoad.Word);
        Assert.Equal(stored.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        foreach (var (subject, number) in load.Acknowledged)
        {
            Assert.Equal(number, Assert.Single(listed, t => t.Value == subject).Key);
        }

        var mail = await DeliveredAsync(data.Path);
        foreach (var number in stored)
        {
            Assert.Equal(1, mail.Count(m => m.Number == number && m.Status == "sent"));
        }

        Assert.All(mail, m => Assert.True(m.Status == "sent" ? stored.Contains(m.Number) : m.Status == "suppressed" && !stored.Contains(m.Number), $"{m.Number}: {m.Status}"));
        Assert.All(smtp.Received, m => Assert.Contains(Tag().Match(m.Subject ?? string.Empty).Groups[1].Value, stored));

        // Every caller that got no answer asks again with its key: a question that was stored is not taken twice.
        var retried = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (subject, key) in load.InDoubt)
        {
            retried[subject] = await load.SubmitAsync(http, subject, key) ?? throw new InvalidOperationException($"{subject}: no answer");
        }

        var afterRetries = await ListAsync(http, null);
        foreach (var (subject, number) in retried)
        {
            Assert.Equal(number, Assert.Single(afterRetries, t => t.Value == subject).Key);
            if (listed.ContainsValue(subject))
            {
                Assert.Equal(listed.Single(t => t.Value == subject).Key, number);
            }
        }

        Assert.Equal(listed.Count + retried.Keys.Count(s => !listed.ContainsValue(s)), afterRetries.Count);
    }

    private static Dictionary<string, string> With(SmtpPeer smtp, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>(smtp.Settings);
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static void Merge(SubmissionLoad into, SubmissionLoad from)
    {
        foreach (var (subject, number) in from.Acknowledged)
        {
            into.Acknowledged[subject] = number;
        }

        foreach (var (subject, key) in from.InDoubt)
        {
            into.InDoubt[subject] = key;
        }
    }

    /// <summary>The numbers of the tickets whose state is stored, read from the file while no process runs.</summary>
    private static HashSet<string> StoredTickets(string data)
    {
        using var connection = Open(data);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainIdExtensionString FROM OrleansStorage WHERE GrainTypeString = 'ticket' AND PayloadBinary IS NOT NULL";
        using var reader = command.ExecuteReader();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    /// <summary>The acknowledgement rows of the outbox, once the outbox has handled every one (sent or suppressed).</summary>
    private static async Task<List<(string Number, string Status)>> DeliveredAsync(string data)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var rows = new List<(string Number, string Status)>();
            using (var connection = Open(data))
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT ticket_number, status FROM livcr_mail_outbox WHERE kind = 0";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    rows.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            if (rows.All(r => r.Status is "sent" or "suppressed") || DateTime.UtcNow > deadline)
            {
                return rows;
            }

            await Task.Delay(500);
        }
    }

    private static SqliteConnection Open(string data)
    {
        SqliteConnection.ClearAllPools();
        var connection = new SqliteConnection($"Data Source={Path.Combine(data, "livcr-support.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>Every ticket of the staff list (optionally a full-text search), number → subject, page by page.</summary>
    private static async Task<Dictionary<string, string>> ListAsync(HttpClient http, string? text)
    {
        var tickets = new Dictionary<string, string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var query = "query($f: TicketFilter, $a: String) { tickets(first: 200, after: $a, filter: $f, orderBy: CREATED) { nodes { number subject } hasNextPage endCursor } }";
            var variables = new JsonObject { ["f"] = text is null ? null : new JsonObject { ["text"] = text }, ["a"] = after };
            using var response = await http.PostAsJsonAsync("/graphql", new JsonObject { ["query"] = query, ["variables"] = variables });
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["tickets"]!;
            foreach (var node in page["nodes"]!.AsArray())
            {
                tickets.Add(node!["number"]!.GetValue<string>(), node["subject"]!.GetValue<string>());
            }

            after = page["hasNextPage"]!.GetValue<bool>() ? page["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return tickets;
    }

    [GeneratedRegex(@"#(\d{4}-\d{5})\]")]
    private static partial Regex Tag();
}
