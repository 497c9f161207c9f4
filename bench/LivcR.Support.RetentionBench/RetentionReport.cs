using System.Globalization;
using System.Text;

namespace LivcR.Support.RetentionBench;

/// <summary>bench/RESULTS-retention.md.</summary>
internal static class RetentionReport
{
    public static string Markdown(IReadOnlyList<RetentionResult> results, int tickets, DateTimeOffset started, DateTimeOffset finished)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Retention benchmark");
        text.AppendLine();
        text.AppendLine(c, $"Run {started:yyyy-MM-dd HH:mm} UTC (took {finished - started:h\\:mm\\:ss}) on {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
        text.AppendLine(c, $"N = {tickets:N0} closed tickets past retention per database, plus 1,000 open ones the desk works on.");
        text.AppendLine();
        text.AppendLine("| figure | " + string.Join(" | ", results.Select(r => r.Database)) + " |");
        text.AppendLine("| --- |" + string.Concat(results.Select(_ => " ---: |")));
        void Row(string name, Func<RetentionResult, string> value) => text.AppendLine(c, $"| {name} | {string.Join(" | ", results.Select(value))} |");
        Row("tickets anonymised", r => r.Anonymised.ToString("N0", c));
        Row("retention: wall time", r => r.Retention.ToString(@"h\:mm\:ss", c));
        Row("retention: tickets/s", r => (r.Anonymised / r.Retention.TotalSeconds).ToString("N0", c));
        Row("desk queue page p50 / p95 / p99 ms, before", r => Ms(r.ReadsBefore));
        Row("desk queue page p50 / p95 / p99 ms, while retention runs", r => Ms(r.ReadsDuring));
        Row("desk reply p50 / p95 / p99 ms, before", r => Ms(r.WritesBefore));
        Row("desk reply p50 / p95 / p99 ms, while retention runs", r => Ms(r.WritesDuring));
        Row("desk calls that failed (reads / replies)", r => $"{r.ReadErrors} / {r.WriteErrors}");
        Row("seeding (not measured: intake and close through the grains)", r => r.Seeding.ToString(@"h\:mm\:ss", c));
        text.AppendLine();
        text.AppendLine("## How it is measured");
        text.AppendLine();
        text.AppendLine("- `dotnet run -c Release --project bench/LivcR.Support.RetentionBench -- --tickets N`: per database a gateway with a co-hosted silo");
        text.AppendLine("  in this process (SQLite in a temp folder; PostgreSQL a throwaway durable server on 127.0.0.1), N questions through the intake");
        text.AppendLine("  grain, each closed at once, and 1,000 open ones. Retention sees 800 days later (`Faults:RetentionClockOffset`), so every closed");
        text.AppendLine("  ticket is due; its own reminder is pushed a day away and the run started by the benchmark, with the default batch (200) and");
        text.AppendLine("  parallelism (4). Done = the read model shows N rows anonymised.");
        text.AppendLine("- The desk: one staff member reading the queue (`tickets(first: 50, filter: {statuses: [NEW, OPEN]}, orderBy: DUE_AT)`) one");
        text.AppendLine("  request after the other, and one answering an open ticket every 100 ms (`replyToTicket`), both through `POST /graphql`, for");
        text.AppendLine("  20 s before retention starts and all the time it runs. Latency = one request, client side; percentiles by nearest rank.");
        return text.ToString();
    }

    private static string Ms(Percentiles p) => string.Create(CultureInfo.InvariantCulture, $"{p.P50:0.#} / {p.P95:0.#} / {p.P99:0.#} (n = {p.Count:N0})");
}
