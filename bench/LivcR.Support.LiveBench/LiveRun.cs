using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace LivcR.Support.LiveBench;

/// <summary>
/// One transport against one fresh gateway child: a ticket, a warm-up, N subscriptions opened until each read its
/// CURRENT event, the gateway's memory before and after, unmeasured changes until the JIT is quiet, then C staff replies
/// one at a time, each timed from just before the mutation is sent to the moment each subscriber has read its event.
/// </summary>
/// <remarks>
/// Nine in ten subscribers watch <c>ticketChanged</c> on the ticket, one in ten <c>ticketQueueChanged</c> without a
/// filter (the staff desk's two pages), so every change reaches all N. All of them are one staff person's.
/// </remarks>
internal sealed class LiveRun(GatewayProcess gateway, LiveTransport transport, int run, int subscribers, int changes) : IAsyncDisposable
{
    private const string TicketQuery = "subscription($n: String!) { ticketChanged(number: $n) { kind number version } }";
    private const string QueueQuery = "subscription { ticketQueueChanged { kind number version } }";
    private const int OpeningInParallel = 16;
    private const int WarmBatch = 5;
    private const int MaxWarmChanges = 60;
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(30);

    private readonly HttpClient _graphql = GraphQLClient(gateway.Address, gateway.Ready.Token);
    private readonly HttpClient _streams = ServerSentEventsSubscriber.Client(gateway.Address);
    private readonly HttpMessageInvoker _sockets = WebSocketSubscriber.Invoker();
    private readonly string _label = (transport == LiveTransport.ServerSentEvents ? "SSE" : "WebSocket") + $", run {run}";

    public async Task<LiveResult> MeasureAsync()
    {
        var (number, version) = await SubmitAsync();
        Console.WriteLine($"[{_label}] ticket {number} (version {version}); warm-up with 20 subscribers …");
        version = await WarmUpAsync(number, version);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var before = await gateway.MemoryAsync();

        var queue = subscribers / 10;
        var board = new DeliveryBoard(number, version, subscribers, MaxWarmChanges + changes);
        var opening = Stopwatch.StartNew();
        var open = await OpenAsync(board, number, subscribers);
        try
        {
            var toCurrent = await Task.WhenAll(open.Select(s => s.Current));
            opening.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_label}] {subscribers} subscriptions open ({subscribers - queue} ticketChanged, {queue} ticketQueueChanged), all at CURRENT after {opening.Elapsed.TotalSeconds:0.0} s"));
            await Task.Delay(TimeSpan.FromSeconds(2));
            var after = await gateway.MemoryAsync();
            if (after.Listeners < subscribers)
            {
                throw new InvalidOperationException($"The gateway has {after.Listeners} live listeners, not {subscribers}.");
            }

            var warm = await SettleAsync(board, number);
            var jit = await gateway.JitAsync();
            var series = await ChangeAsync(board, number, warm, changes);
            var jitAfter = await gateway.JitAsync();
            series = series with { WarmChanges = warm, JitMsPerChange = (jitAfter.CompilationMs - jit.CompilationMs) / changes };
            return new LiveResult(
                transport, run, subscribers - queue, queue, opening.Elapsed.TotalSeconds,
                Latency.From(toCurrent.Select(t => t.TotalMilliseconds).ToList(), opening.Elapsed),
                before, after, series, board.Others, open.Count(s => s.Failure is not null));
        }
        finally
        {
            await Task.WhenAll(open.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    public ValueTask DisposeAsync()
    {
        _graphql.Dispose();
        _streams.Dispose();
        _sockets.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Unmeasured changes with every subscriber open, in batches of <see cref="WarmBatch"/>, until the gateway's JIT spends
    /// under 2% of a batch's wall time compiling (tiering up the delivery path, as a gateway running for days has long
    /// done), at most <see cref="MaxWarmChanges"/>; returns how many it took.
    /// </summary>
    private async Task<int> SettleAsync(DeliveryBoard board, string number)
    {
        var warm = 0;
        while (warm < MaxWarmChanges)
        {
            var jit = await gateway.JitAsync();
            var wall = Stopwatch.StartNew();
            await ChangeAsync(board, number, warm, WarmBatch, quiet: true);
            warm += WarmBatch;
            var after = await gateway.JitAsync();
            var compiling = after.CompilationMs - jit.CompilationMs;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_label}] warm-up changes {warm}: the JIT compiled {after.Methods - jit.Methods} methods in {compiling:0} ms of {wall.Elapsed.TotalMilliseconds:0} ms"));
            if (compiling < 0.02 * wall.Elapsed.TotalMilliseconds)
            {
                break;
            }
        }

        return warm;
    }

    /// <summary>Changes <c>[first, first + count)</c>, one at a time; a short pause between them so one change's deliveries never overlap the next.</summary>
    private async Task<ChangeSeries> ChangeAsync(DeliveryBoard board, string number, int first, int count, bool quiet = false)
    {
        var delays = new List<double>(board.Subscribers * count);
        var firstPerChange = new double[count];
        var lastPerChange = new double[count];
        var mutations = new List<double>(count);
        var missed = 0;
        var gatewayCpu = TimeSpan.Zero;
        var wall = Stopwatch.StartNew();
        var machine = CpuMeter.Start();
        for (var change = first; change < first + count; change++)
        {
            var cpu = gateway.CpuTime;
            var sentAt = Stopwatch.GetTimestamp();
            var version = await ReplyAsync(number, change);
            mutations.Add(Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
            if (version != board.VersionOf(change))
            {
                throw new InvalidOperationException($"Reply {change} gave version {version}, expected {board.VersionOf(change)}.");
            }

            try
            {
                await board.AllReadAsync(change).WaitAsync(DeliveryWait);
            }
            catch (TimeoutException)
            {
                missed += board.Missing(change);
                Console.WriteLine($"[{_label}] change {change + 1}: {board.Missing(change)} subscribers had not read it after {DeliveryWait.TotalSeconds:0} s");
            }

            gatewayCpu += gateway.CpuTime - cpu;
            var read = board.Delays(change, sentAt).ToList();
            delays.AddRange(read);
            var n = change - first;
            firstPerChange[n] = read.Count > 0 ? read.Min() : double.NaN;
            lastPerChange[n] = read.Count > 0 ? read.Max() : double.NaN;
            if (!quiet && ((n + 1) % 10 == 0 || n == 0))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_label}] change {n + 1}/{count}: mutation {mutations[^1]:0.0} ms, last of {read.Count} deliveries at {lastPerChange[n]:0.0} ms"));
            }

            await Task.Delay(200);
        }

        var use = machine.Stop();
        var load = File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : -1;
        return new ChangeSeries(
            Latency.From(delays, wall.Elapsed), firstPerChange, lastPerChange, Latency.From(mutations, wall.Elapsed), missed,
            gatewayCpu.TotalMilliseconds / count, use.ProcessCpuMs / count, use.MachinePercent, load, 0, 0);
    }

    /// <summary>A few subscribers and one change first, so start-up costs (JIT, the first execution of each path) are not counted.</summary>
    private async Task<int> WarmUpAsync(string number, int version)
    {
        const int Count = 20;
        var board = new DeliveryBoard(number, version, Count, 1);
        var open = await OpenAsync(board, number, Count);
        try
        {
            await Task.WhenAll(open.Select(s => s.Current)).WaitAsync(TimeSpan.FromSeconds(30));
            var next = await ReplyAsync(number, -1);
            await board.AllReadAsync(0).WaitAsync(DeliveryWait);
            return next;
        }
        finally
        {
            await Task.WhenAll(open.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    private async Task<List<LiveSubscriber>> OpenAsync(DeliveryBoard board, string number, int count)
    {
        var open = new LiveSubscriber?[count];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = OpeningInParallel }, async (i, _) =>
            {
                LiveSubscriber subscriber = transport == LiveTransport.ServerSentEvents
                    ? new ServerSentEventsSubscriber(_streams, gateway.Ready.Token, i, board)
                    : new WebSocketSubscriber(_sockets, gateway.Address, gateway.Ready.Token, i, board);
                open[i] = subscriber;

                // One in ten watches the queue, spread among the others, so neither kind is always served first.
                var watchesQueue = i % 10 == 9;
                await subscriber.OpenAsync(watchesQueue ? QueueQuery : TicketQuery, watchesQueue ? null : new { n = number });
                await subscriber.Current.WaitAsync(TimeSpan.FromSeconds(60));
            });
        }
        catch
        {
            await Task.WhenAll(open.OfType<LiveSubscriber>().Select(s => s.DisposeAsync().AsTask()));
            throw;
        }

        return [.. open.OfType<LiveSubscriber>()];
    }

    private async Task<(string Number, int Version)> SubmitAsync()
    {
        var ticket = (await PostAsync(
            "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number version } }",
            new { i = new { municipalityNisCode = "44021", subject = "Live meekijken met de wachtrij", body = "Hoe volgen we de vragen op?", requesterName = "Sara De Smet", requesterEmail = "coordinator@gent.example" } }))
            ["submitHelpdeskRequest"]!;
        return (ticket["number"]!.GetValue<string>(), ticket["version"]!.GetValue<int>());
    }

    /// <summary>A staff reply on the ticket; returns the ticket's version after it.</summary>
    private async Task<int> ReplyAsync(string number, int change) =>
        (await PostAsync(
            "mutation($n: String!, $b: String!) { replyToTicket(number: $n, body: $b) { version } }",
            new { n = number, b = string.Create(CultureInfo.InvariantCulture, $"Antwoord {change + 1}: we bekijken het en laten het u weten.") }))
            ["replyToTicket"]!["version"]!.GetValue<int>();

    private async Task<JsonNode> PostAsync(string query, object variables)
    {
        using var response = await _graphql.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        var data = JsonNode.Parse(body)?["data"];
        if (!response.IsSuccessStatusCode || data is null || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GraphQL call failed ({(int)response.StatusCode}): {body}");
        }

        return data;
    }

    private static HttpClient GraphQLClient(Uri address, string token)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
