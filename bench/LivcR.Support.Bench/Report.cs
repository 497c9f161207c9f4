using System.Globalization;
using System.Text;

namespace LivcR.Support.Bench;

/// <summary>Renders the results as Markdown, with the targets and whether they were met.</summary>
internal static class Report
{
    public static string BenchFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LivcR.Support.sln")))
            {
                return Path.Combine(dir.FullName, "bench");
            }
        }

        return Directory.GetCurrentDirectory();
    }

    public static string Render(int tickets, IReadOnlyList<ModeResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Benchmark results").AppendLine();
        text.AppendLine(c, $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024)} GiB; {tickets} tickets per mode, through POST /graphql with a staff token.");
        text.AppendLine("The load generator runs in the same process as the gateway and silo, so it competes for the same two cores.").AppendLine();
        text.AppendLine("| figure | " + string.Join(" | ", results.Select(r => r.Mode)) + " |");
        text.AppendLine("| --- |" + string.Concat(results.Select(_ => " --- |")));
        void Row(string name, Func<ModeResult, string> value) => text.AppendLine(c, $"| {name} | {string.Join(" | ", results.Select(value))} |");
        Row("submissions/s, concurrency 1", r => F(r.Submit1.PerSecond));
        Row("submit p50 / p99 ms, concurrency 1", r => $"{F(r.Submit1.P50Ms)} / {F(r.Submit1.P99Ms)}");
        Row("submissions/s, concurrency 16", r => F(r.Submit16.PerSecond));
        Row("submit p50 / p99 ms, concurrency 16", r => $"{F(r.Submit16.P50Ms)} / {F(r.Submit16.P99Ms)}");
        Row("raw INSERT/s, concurrency 1", r => F(r.RawInsert1PerSecond));
        Row("raw INSERT/s, concurrency 16", r => F(r.RawInsert16PerSecond));
        Row("ratio submissions / raw inserts (c=16)", r => (r.Submit16.PerSecond / r.RawInsert16PerSecond).ToString("0.00", c));
        Row("triage list p50 / p99 ms", r => $"{F(r.List.P50Ms)} / {F(r.List.P99Ms)}");
        Row("full-text search p50 / p99 ms", r => $"{F(r.Search.P50Ms)} / {F(r.Search.P99Ms)}");
        Row("working set / GC heap after load, MiB", r => $"{r.WorkingSetMiB} / {r.GcHeapMiB}");
        Row("load time", r => r.LoadTime.ToString(@"m\:ss", c));
        text.AppendLine().AppendLine("Targets (standalone):").AppendLine();
        var standalone = results[0];
        text.AppendLine(c, $"- ≥ 1,000 submissions/s at concurrency 16: {Met(standalone.Submit16.PerSecond >= 1000)} ({F(standalone.Submit16.PerSecond)})");
        text.AppendLine(c, $"- triage list p99 ≤ 50 ms: {Met(standalone.List.P99Ms <= 50)} ({F(standalone.List.P99Ms)} ms)");
        text.AppendLine(c, $"- search p99 ≤ 100 ms: {Met(standalone.Search.P99Ms <= 100)} ({F(standalone.Search.P99Ms)} ms)");
        return text.ToString();
    }

    private static string F(double value) => value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);

    private static string Met(bool met) => met ? "met" : "**not met**";
}
