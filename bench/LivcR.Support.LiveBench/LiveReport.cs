using System.Globalization;
using System.Text;

namespace LivcR.Support.LiveBench;

/// <summary>Renders the live figures as Markdown: one column per transport, the target and whether it was met, how it was measured.</summary>
internal static class LiveReport
{
    /// <summary>Issue 12: a change reaches all of 1 000 subscribers on one gateway, p99 ≤ 500 ms.</summary>
    public const double TargetP99Ms = 500;

    public const int TargetSubscribers = 1000;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Render(DateTimeOffset started, LiveBenchArguments arguments, IReadOnlyList<LiveResult> results, IReadOnlyList<string> notes)
    {
        var text = new StringBuilder();
        text.AppendLine("# Live subscriptions: benchmark results").AppendLine();
        text.AppendLine(C, $"Run {started:yyyy-MM-dd HH:mm} UTC (took {DateTimeOffset.UtcNow - started:h\\:mm\\:ss}) on {Machine.Describe()}.");
        text.AppendLine(C, $"{arguments.Subscriptions:N0} subscriptions on one standalone gateway (SQLite), {arguments.Changes} changes, one at a time; each transport {(arguments.Runs == 1 ? "once" : $"{arguments.Runs} times")}, each run against a fresh gateway.").AppendLine();
        if (results.Count > 0)
        {
            Table(text, results);
            Targets(text, arguments, results);
        }

        Method(text);
        if (notes.Count > 0)
        {
            text.AppendLine().AppendLine("## Notes").AppendLine();
            foreach (var note in notes)
            {
                text.AppendLine(C, $"- {note}");
            }
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyList<LiveResult> results)
    {
        text.Append("| figure |");
        foreach (var r in results)
        {
            text.Append(C, $" {Name(r.Transport)}, run {r.Run} |");
        }

        text.AppendLine().Append("| --- |").AppendLine(string.Concat(results.Select(_ => " ---: |")));
        Row(text, results, "subscriptions: ticketChanged on one ticket / ticketQueueChanged", r => $"{r.TicketSubscribers:N0} / {r.QueueSubscribers:N0}");
        Row(text, results, "opening all, 16 at a time, until each read CURRENT, s", r => $"{r.OpenSeconds:0.0}");
        Row(text, results, "one subscription, connect to CURRENT: p50 / p99 ms", r => $"{N(r.ToCurrent.P50Ms)} / {N(r.ToCurrent.P99Ms)}");
        Row(text, results, "gateway working set before / with all open, MiB", r => $"{r.Before.WorkingSetMiB:0} / {r.After.WorkingSetMiB:0}");
        Row(text, results, "gateway GC heap (live, after a full collection) before / with all open, MiB", r => $"{r.Before.GcHeapMiB:0.0} / {r.After.GcHeapMiB:0.0}");
        Row(text, results, "**memory per idle subscription: working set / GC heap, KiB**", r => $"**{r.WorkingSetKiBPerSubscription:0.0} / {r.GcHeapKiBPerSubscription:0.0}**");
        Row(text, results, "gateway threads before / with all open", r => $"{r.Before.Threads} / {r.After.Threads}");
        Row(text, results, "unmeasured changes first, until the JIT was quiet; JIT compiling time during the measured changes (pauses included), per change, ms", r => $"{r.Changes.WarmChanges}; {r.Changes.JitMsPerChange:0.0}");
        Row(text, results, "deliveries measured (changes × subscribers)", r => $"{r.Changes.Deliveries.Count:N0}");
        Row(text, results, "change to subscriber: p50 / p95 ms", r => $"{N(r.Changes.Deliveries.P50Ms)} / {N(r.Changes.Deliveries.P95Ms)}");
        Row(text, results, "**change to subscriber: p99 ms**", r => $"**{N(r.Changes.Deliveries.P99Ms)}**");
        Row(text, results, "first subscriber of a change: median ms", r => N(Median(r.Changes.FirstPerChangeMs)));
        Row(text, results, "last subscriber of a change: median / slowest change, ms", r => $"{N(Median(r.Changes.LastPerChangeMs))} / {N(r.Changes.LastPerChangeMs.Max())}");
        Row(text, results, "fan-out, first to last subscriber of a change: median / max ms", r => $"{N(Median([.. r.Changes.SpreadPerChangeMs]))} / {N(r.Changes.SpreadPerChangeMs.Max())}");
        Row(text, results, "the reply mutation itself: p50 / p99 ms", r => $"{N(r.Changes.Mutation.P50Ms)} / {N(r.Changes.Mutation.P99Ms)}");
        Row(text, results, "gateway CPU per change (all its deliveries), ms", r => $"{r.Changes.GatewayCpuMsPerChange:0}");
        Row(text, results, "driver CPU per change (the reply, reading every socket), ms", r => $"{r.Changes.DriverCpuMsPerChange:0}");
        Row(text, results, "machine CPU during the changes, % of all cores; load average (1 min) after them", r => $"{r.Changes.MachineCpuPercent:0}; {r.Changes.LoadAverage:0.0}");
        Row(text, results, "missed deliveries / other events / broken streams", r => $"{r.Changes.Missed} / {r.Others} / {r.Failures}");
        text.AppendLine();
    }

    private static void Targets(StringBuilder text, LiveBenchArguments arguments, IReadOnlyList<LiveResult> results)
    {
        text.AppendLine("## Target (issue 12)").AppendLine();
        var full = arguments.Subscriptions >= TargetSubscribers;
        foreach (var group in results.GroupBy(r => r.Transport))
        {
            var runs = group.ToList();
            var met = runs.Count(r => r.MeetsTarget);
            var p99s = string.Join(", ", runs.Select(r => $"{N(r.Changes.Deliveries.P99Ms)} ms" + (r.Changes.Missed > 0 ? $" ({r.Changes.Missed} missed)" : string.Empty)));
            var verdict = !full ? "not judged (fewer subscribers than the target's)"
                : met == runs.Count ? "**met**" + (runs.Count > 1 ? " in every run" : string.Empty)
                : met == 0 ? "**not met**" : $"**met in {met} of {runs.Count} runs**";
            text.AppendLine(C, $"- {Name(group.Key)}: {runs[0].Subscribers:N0} open subscriptions on one gateway, a change reaches all of them p99 ≤ {TargetP99Ms:0} ms: p99 {p99s} — {verdict}.");

            // Where a run missed, the parts of the delay: the store before the change is published, and the fan-out after it.
            foreach (var r in runs.Where(r => full && !r.MeetsTarget))
            {
                var spread = r.Changes.SpreadPerChangeMs.ToList();
                text.AppendLine(C, $"  - run {r.Run} (load average {r.Changes.LoadAverage:0.0} on {Machine.Cores} cores): the reply mutation alone took p50 {N(r.Changes.Mutation.P50Ms)} / p99 {N(r.Changes.Mutation.P99Ms)} ms (the change is published once stored, before the answer); the fan-out from the first to the last subscriber took median {N(Median(spread))} / max {N(spread.Max())} ms; the gateway spent {r.Changes.GatewayCpuMsPerChange:0} ms of CPU per change.");
            }
        }

        text.AppendLine("- Memory per idle subscription: reported above (the target asks for the figure, not a bound).").AppendLine();
    }

    private static void Method(StringBuilder text)
    {
        text.AppendLine("## Method").AppendLine();
        text.AppendLine("""
            - Per transport and run a fresh child process runs the gateway as `GatewayApp.BuildAsync` builds it (co-hosted silo, SQLite in a
              temp folder, Production, Serilog at Warning, server GC) on a free loopback port, with `Live:MaxSubscriptionsPerUser`
              raised to 10 000 and the GraphQL rate limits raised as in the main benchmark; the other `Live:*` settings are as
              shipped (keep-alive every 15 s). The driver process holds every subscriber, so the child's memory is the gateway's.
            - The driver submits one ticket with a staff token, warms up (20 subscribers, one change, closed again), asks the child
              for its memory (a full compacting collection in the child, then working set and live GC heap), opens the
              subscribers 16 at a time, each on a connection of its own, waits until every one has read its CURRENT event and two
              seconds more, and asks again. Memory per idle subscription is the growth divided by the number of subscribers.
            - Unmeasured changes follow, five at a time with every subscriber open, until the child's JIT spent under 2% of a
              batch compiling (`JitInfo.GetCompilationTime`; at most 60): a fresh process tiers up its methods in the background
              for a minute or more on a busy machine, which a gateway that has run for days has long done.
            - Nine in ten subscribe `ticketChanged(number)` on the ticket, one in ten `ticketQueueChanged` without a filter, all
              as one staff person, selecting `kind number version`; every change therefore reaches every subscriber.
              SSE: `POST /graphql/stream` with `Accept: text/event-stream` through one `HttpClient` (SocketsHttpHandler, no
              connection limit), one HTTP/1.1 connection per stream. WebSocket: `/graphql/ws`, graphql-transport-ws, one
              `ClientWebSocket` per subscription, the token in `connection_init`.
            - Then C staff replies (`replyToTicket` over `POST /graphql` on a keep-alive connection), one at a time: for each, the
              clock starts just before the mutation is sent and stops, per subscriber, when the bytes of the event with the
              reply's version have been read (a `Stopwatch` timestamp in the driver, before the event is parsed). The next reply
              goes 200 ms after the last subscriber has read the previous one. p50/p95/p99 are over all (change × subscriber)
              deliveries (nearest rank). A delivery counts as missed after 30 s.
            - The driver and the gateway share the machine's cores, so the figures include the driver reading every subscriber's socket;
              on loopback, nothing of the network is in them.
            """);
    }

    private static void Row(StringBuilder text, IReadOnlyList<LiveResult> results, string figure, Func<LiveResult, string> value)
    {
        text.Append(C, $"| {figure} |");
        foreach (var r in results)
        {
            text.Append(C, $" {value(r)} |");
        }

        text.AppendLine();
    }

    private static string Name(LiveTransport transport) => transport == LiveTransport.ServerSentEvents ? "SSE (`/graphql/stream`)" : "WebSocket (`/graphql/ws`)";

    private static double Median(IReadOnlyList<double> values) => values.Order().ElementAt((values.Count - 1) / 2);

    /// <summary>Three significant digits, as the main benchmark's report.</summary>
    private static string N(double value) => value switch
    {
        double.NaN => "—",
        >= 100 => value.ToString("0", C),
        >= 10 => value.ToString("0.0", C),
        _ => value.ToString("0.00", C),
    };
}
