using System.Globalization;
using System.Text;

namespace LivcR.Support.Bench;

/// <summary>Renders the results as Markdown: the figures per mode, the targets and whether they were met, how it was measured.</summary>
internal static class Report
{
    private const double SubmitTarget = 1000;
    private const double ListTargetMs = 50;
    private const double SearchTargetMs = 100;
    private const double PortalListTargetMs = 100;
    private const double PortalTicketTargetMs = 150;
    private const double DeskQueueTargetMs = 150;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The <c>bench</c> folder of the repository (found upwards from the binary), else the working directory.</summary>
    public static string BenchFolder() => RepositoryRoot.Find() is { } root ? Path.Combine(root, "bench") : Directory.GetCurrentDirectory();

    public static string Render(DateTimeOffset started, int tickets, IReadOnlyList<ModeResult> results, IReadOnlyList<string> notes)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmark results").AppendLine();
        text.AppendLine(C, $"Run {started:yyyy-MM-dd HH:mm} UTC (took {DateTimeOffset.UtcNow - started:h\\:mm\\:ss}) on {Machine.Describe()}.");
        text.AppendLine(C, $"N = {tickets:N0} tickets per mode across the 285 municipalities, submitted through `POST /graphql` with a staff token.");
        if (tickets != BenchArguments.DefaultTickets)
        {
            var rates = results.Where(r => r.Submit16.PerSecond > 0).ToList();
            var estimate = TimeSpan.FromSeconds(rates.Sum(r => BenchArguments.DefaultTickets / r.Submit16.PerSecond));
            text.Append(C, $"This run used `--tickets {tickets}`; the default is {BenchArguments.DefaultTickets:N0}");
            text.AppendLine(rates.Count > 0 ? string.Create(C, $" (at the measured concurrency-16 rates, loading it in every mode would take at least {estimate:h\\:mm\\:ss}, more where the rate falls as the database grows).") : ".");
        }

        text.AppendLine();
        if (results.Count > 0)
        {
            Table(text, results);
            Targets(text, results);
        }

        if (notes.Count > 0)
        {
            text.AppendLine("## Notes").AppendLine();
            foreach (var note in notes)
            {
                text.AppendLine(C, $"- {note}");
            }

            text.AppendLine();
        }

        text.AppendLine("## How it is measured").AppendLine();
        text.AppendLine("- `dotnet run -c Release --project bench/LivcR.Support.Bench -- --tickets N`. Each mode runs in its own child process: a gateway with a");
        text.AppendLine("  co-hosted silo (`GatewayApp.BuildAsync`, `--environment=Production`, Serilog at Warning, rate limits raised to 100 000 000/min),");
        text.AppendLine("  on a free loopback port. The load generator runs in the same process, so it shares the cores with the system and its CPU and");
        text.AppendLine("  allocations count in the per-submission figures; it is a keep-alive HTTP/1.1 client (one connection per caller, bodies written with Utf8JsonWriter).");
        text.AppendLine("- Standalone: a SQLite file in a temp folder (WAL, the system's connection string). PostgreSQL storage: a throwaway server");
        text.AppendLine("  (`/usr/lib/postgresql/*/bin`, default durability: fsync and synchronous_commit on) on 127.0.0.1, stopped by PID afterwards.");
        text.AppendLine("- Order per mode: warm-up (min(2 000, N/10) submissions, not measured: JIT tiering, first activations), the bulk at concurrency 16, a diagnostic sample sent straight to the intake grain");
        text.AppendLine("  (no HTTP, token, GraphQL or audit row), then a sample at concurrency 1 on the loaded database, then the HTTP floor: the cheapest");
        text.AppendLine("  signed-in request (`{ me { email } }`, no storage) at concurrency 16, the ceiling the endpoint alone puts on any mutation. Latency = one request, client side;");
        text.AppendLine("  percentiles by nearest rank. Throughput = requests ÷ wall time of the phase.");
        text.AppendLine("- Memory right after the load: working set of the process as it is, GC heap live after a full collection.");
        text.AppendLine(C, $"- Triage list: `tickets(first: 50, filter: {{statuses: [NEW, OPEN], province: LIMBURG}}, orderBy: DUE_AT)`; full text: `tickets(first: 50, filter: {{text: \"{TextCorpus.SearchWord}\"}}) {{ totalCount … }}`");
        text.AppendLine("  (one question in ten contains the word); 200 runs each, one after the other.");
        text.AppendLine("- Raw INSERT: a comparable row (number, NIS code, the same generated subject and body, requester e-mail, time) into a table");
        text.AppendLine("  `bench_raw` of the same database with the same connection string, one pooled connection opened per insert, autocommit;");
        text.AppendLine("  16 writers are 16 threads. Up to 3 000 (c=1) and 10 000 (c=16) rows, at most 20 s each. Ratio = submissions/s ÷ raw INSERT/s.");
        text.AppendLine("- Projection repair pass (`ProjectionRepair.RepairAsync`, the one run at start-up and with every sweep) on the loaded database: 20 passes");
        text.AppendLine(C, $"  with nothing behind, then one after deleting the newest {RepairBehindTickets:N0} read-model rows, as a crash between state write and projection leaves them.");
        text.AppendLine("- Portal (the web application, Blazor static server rendering): the gateway is stopped and started again on the same database, now");
        text.AppendLine("  with outgoing mail pointed at an SMTP peer in the bench process (SmtpServer package). Mail is not configured during the load, or");
        text.AppendLine("  every submission's acknowledgement would be delivered while it runs. Restart = build and start until `/aanmelden` answers.");
        text.AppendLine("  A new person with role MUNICIPAL for the municipality with the lowest NIS code (N/285 tickets, half of them with the search word)");
        text.AppendLine("  signs in through the real forms: `GET /aanmelden`, the e-mail form posted with its hidden fields and antiforgery token, the code");
        text.AppendLine(C, $"  read from the mail the peer received, the code form posted; the cookie `livcr_sessie` is kept. One of its tickets gets {PortalPages.ThreadEntries} thread");
        text.AppendLine("  entries as the user sees them (public replies through `POST /graphql`, VVSG and the municipality in turn, and the events they cause).");
        text.AppendLine(C, $"  Then per page {PortalPages.Runs} GETs one after the other (after 20 not measured) on one keep-alive connection with the cookie; each answer is");
        text.AppendLine("  checked to be the signed-in page (list items, thread entries). First byte = from sending the request until the status line and");
        text.AppendLine("  headers arrived (`HttpCompletionOption.ResponseHeadersRead`), measured by the client on loopback, so it includes one loopback");
        text.AppendLine("  round trip; the page renders completely before its first byte (no streaming rendering). Whole page = until its last byte.");
        text.AppendLine("  The portal calls the gateway's `/graphql` over HTTP on the same loopback address, as in a standalone installation.");
        text.AppendLine("  The staff desk's queue the same way, as a person with role STAFF signed in through the same forms: `/werkbak` (all active");
        text.AppendLine("  tickets, due time first, 50 a page with counts per status) and the same searched; each answer must hold queue rows.");
        return text.ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyList<ModeResult> results)
    {
        text.AppendLine("| figure | " + string.Join(" | ", results.Select(r => r.Name)) + " |");
        text.AppendLine("| --- |" + string.Concat(results.Select(_ => " ---: |")));
        void Row(string name, Func<ModeResult, string> value) => text.AppendLine(C, $"| {name} | {string.Join(" | ", results.Select(value))} |");
        Row("submissions/s, concurrency 1", r => $"{F(r.Submit1.PerSecond)} (n = {r.Submit1.Count:N0})");
        Row("submit p50 / p99 ms, concurrency 1", r => Percentiles(r.Submit1));
        Row("submissions/s, concurrency 16", r => $"**{F(r.Submit16.PerSecond)}** (n = {r.Submit16.Count:N0})");
        Row("submit p50 / p99 ms, concurrency 16", r => Percentiles(r.Submit16));
        Row("submissions/s, concurrency 16, first / last tenth of the load", r => $"{F(r.Submit16.FirstTenthPerSecond)} / {F(r.Submit16.LastTenthPerSecond)}");
        Row("CPU during concurrency 16: machine / this process, % of all cores", r => $"{r.Submit16Cpu.MachinePercent:0} / {r.Submit16Cpu.ProcessPercent:0}");
        Row("per submission at concurrency 16, this process (system and load generator): CPU ms / allocated KiB", r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Submit16Cpu.ProcessCpuMs / Math.Max(1, r.Submit16.Count):0.00} / {r.Submit16Cpu.AllocatedBytes / 1024.0 / Math.Max(1, r.Submit16.Count):0}"));
        Row("garbage collections during concurrency 16 (gen 0 / 1 / 2)", r => string.Join(" / ", r.Submit16Cpu.Collections));
        Row("raw INSERT/s, concurrency 1", r => $"{F(r.RawInsert1.PerSecond)} (n = {r.RawInsert1.Count:N0})");
        Row("raw INSERT p50 / p99 ms, concurrency 1", r => Percentiles(r.RawInsert1));
        Row("raw INSERT/s, concurrency 16", r => $"{F(r.RawInsert16.PerSecond)} (n = {r.RawInsert16.Count:N0})");
        Row("raw INSERT p50 / p99 ms, concurrency 16", r => Percentiles(r.RawInsert16));
        Row("ratio submissions ÷ raw INSERT, concurrency 1", r => r.Ratio1.ToString("0.000", C));
        Row("ratio submissions ÷ raw INSERT, concurrency 16", r => r.Ratio16.ToString("0.000", C));
        Row("diagnostic: straight to the intake grain, c=16, /s", r => $"{F(r.GrainDirect16.PerSecond)} (n = {r.GrainDirect16.Count:N0})");
        Row("diagnostic: straight to the intake grain, p50 / p99 ms", r => Percentiles(r.GrainDirect16));
        Row("diagnostic: HTTP floor `{ me { email } }`, c=16, /s", r => $"{F(r.HttpFloor16.PerSecond)} (n = {r.HttpFloor16.Count:N0})");
        Row("triage list p50 / p99 ms", r => Percentiles(r.List));
        Row("full-text search p50 / p99 ms", r => $"{Percentiles(r.Search)} (totalCount {r.SearchTotalCount:N0})");
        Row("working set / GC heap after load, MiB", r => $"{r.WorkingSetMiB:0} / {r.GcHeapMiB:0}");
        Row("load time (all N submissions)", r => r.LoadTime.ToString(@"h\:mm\:ss", C));
        Row("projection repair pass over all N, nothing behind: p50 / p99 ms", r => $"{Percentiles(r.RepairScan)} (n = {r.RepairScan.Count:N0})");
        Row($"projection repair pass, {RepairBehindTickets:N0} rows missing: ms to list them all again", r => F(r.RepairBehind.P50Ms));
        Row("restart on the loaded database (build, start with the start-up repair pass, first page), s", r => r.Portal is { } p ? p.Restart.TotalSeconds.ToString("0.0", C) : "–");
        Row("portal user: municipality, its tickets / with the search word", r => r.Portal is { } p ? $"{p.Municipality}, {p.TicketsVisible:N0} / {p.SearchHits:N0}" : "–");
        Page("portal home `/`", r => r.Portal?.Home);
        Page("portal ticket list `/tickets`", r => r.Portal?.List);
        Page($"portal search `/tickets?zoek={TextCorpus.SearchWord}`", r => r.Portal?.Search);
        Page($"portal ticket page, {PortalPages.ThreadEntries} entries", r => r.Portal?.Ticket);
        Page("staff desk queue `/werkbak`", r => r.Portal?.DeskQueue);
        Page($"staff desk queue searched `/werkbak?zoek={TextCorpus.SearchWord}`", r => r.Portal?.DeskQueueSearch);
        text.AppendLine();

        void Page(string name, Func<ModeResult, PageTiming?> page)
        {
            Row($"{name}: first byte p50 / p95 / p99 ms", r => page(r) is { } t ? $"{F(t.FirstByte.P50Ms)} / **{F(t.FirstByte.P95Ms)}** / {F(t.FirstByte.P99Ms)}" : "–");
            Row($"{name}: whole page p95 ms, size KiB", r => page(r) is { } t ? $"{F(t.Whole.P95Ms)}, {t.Bytes / 1024.0:0}" : "–");
        }
    }

    private static void Targets(StringBuilder text, IReadOnlyList<ModeResult> results)
    {
        foreach (var result in results)
        {
            var binding = result.Mode == BenchMode.Sqlite ? "the targets" : "the same targets, for information (they are set for standalone)";
            text.AppendLine(C, $"## Targets, {result.Name}: {binding}").AppendLine();
            text.AppendLine(C, $"- ≥ 1,000 submissions/s at concurrency 16: {Met(result.Submit16.PerSecond >= SubmitTarget)} ({F(result.Submit16.PerSecond)}/s)");
            text.AppendLine(C, $"- triage list p99 ≤ 50 ms: {Met(result.List.P99Ms <= ListTargetMs)} ({F(result.List.P99Ms)} ms)");
            text.AppendLine(C, $"- full-text search p99 ≤ 100 ms: {Met(result.Search.P99Ms <= SearchTargetMs)} ({F(result.Search.P99Ms)} ms)");
            if (result.Portal is { } portal)
            {
                PageTarget(text, "portal home `/`", portal.Home, PortalListTargetMs);
                PageTarget(text, "portal ticket list `/tickets`", portal.List, PortalListTargetMs);
                PageTarget(text, "portal ticket list searched", portal.Search, PortalListTargetMs);
                PageTarget(text, $"portal ticket page with {portal.Entries} entries", portal.Ticket, PortalTicketTargetMs);
                PageTarget(text, "staff desk queue `/werkbak`", portal.DeskQueue, DeskQueueTargetMs);
            }
            else
            {
                text.AppendLine("- portal pages: not measured (see the notes)");
            }

            text.AppendLine();
        }

        if (results.All(r => r.Mode != BenchMode.Sqlite))
        {
            text.AppendLine("Standalone targets: not measured (the standalone mode did not finish).").AppendLine();
        }
    }

    private static void PageTarget(StringBuilder text, string name, PageTiming page, double targetMs) =>
        text.AppendLine(C, $"- {name}, first byte p95 ≤ {targetMs:0} ms: {Met(page.FirstByte.P95Ms <= targetMs)} ({F(page.FirstByte.P95Ms)} ms)");

    /// <summary>How many rows the repair measurement deletes before its timed pass.</summary>
    public const int RepairBehindTickets = 1_000;

    private static string Percentiles(Latency latency) => $"{F(latency.P50Ms)} / {F(latency.P99Ms)}";

    private static string F(double value) => value.ToString(value >= 100 ? "#,0" : value >= 10 ? "0.0" : "0.00", C);

    private static string Met(bool met) => met ? "met" : "**not met**";
}
