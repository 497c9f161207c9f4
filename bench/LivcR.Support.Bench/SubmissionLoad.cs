using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Bench;

/// <summary>Submits questions <c>[from, to)</c> with a given number of callers in flight; question i goes to municipality i mod 285.</summary>
/// <remarks>Each caller over HTTP has its own keep-alive connection (<see cref="RawHttpConnection"/>), as a browser or client would.</remarks>
internal sealed class SubmissionLoad(Uri address, string token, IGrainFactory grains, IReadOnlyList<string> municipalities)
{
    private const string Submit = "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }";

    /// <summary>Through <c>POST /graphql</c> with the staff token: the real path (HTTP, auth, GraphQL, audit, grains, storage).</summary>
    public async Task<Latency> OverHttpAsync(int from, int to, int concurrency, string? progressLabel = null)
    {
        var callers = await ConnectAsync(concurrency);
        try
        {
            return await RunAsync(from, to, concurrency, progressLabel, async (caller, i) =>
            {
                var (status, body) = await callers[caller].Connection.PostAsync(callers[caller].Write(json => WriteSubmission(json, i)));
                if (status != 200 || body.Span.IndexOf("\"errors\""u8) >= 0 || body.Span.IndexOf("\"number\""u8) < 0)
                {
                    throw new InvalidOperationException($"Submission {i} failed ({status}): {Encoding.UTF8.GetString(body.Span)}");
                }
            });
        }
        finally
        {
            Dispose(callers);
        }
    }

    /// <summary>
    /// The cheapest signed-in request (<c>{ me { email } }</c>): HTTP, token, the caller's person grain and GraphQL, no
    /// storage. A diagnostic: the ceiling the endpoint itself puts on any mutation on this machine.
    /// </summary>
    public async Task<Latency> HttpFloorAsync(int count, int concurrency)
    {
        var callers = await ConnectAsync(concurrency);
        var request = Encoding.UTF8.GetBytes("{\"query\":\"{ me { email } }\"}");
        try
        {
            return await RunAsync(0, count, concurrency, null, async (caller, i) =>
            {
                var (status, body) = await callers[caller].Connection.PostAsync(request);
                if (status != 200 || body.Span.IndexOf("\"email\""u8) < 0)
                {
                    throw new InvalidOperationException($"Request {i} failed ({status}): {Encoding.UTF8.GetString(body.Span)}");
                }
            });
        }
        finally
        {
            Dispose(callers);
        }
    }

    /// <summary>Straight to the intake grain, in process: no HTTP, token, GraphQL or audit row. A diagnostic, to split the cost.</summary>
    public Task<Latency> ToGrainAsync(int from, int to, int concurrency) =>
        RunAsync(from, to, concurrency, null, async (_, i) =>
        {
            await grains.HelpdeskIntake().SubmitAsync(
                new HelpdeskRequest(Nis(i), TextCorpus.Subject(i), TextCorpus.Body(i), TextCorpus.RequesterName(i), TextCorpus.RequesterEmail(i)));
        });

    private void WriteSubmission(Utf8JsonWriter json, int i)
    {
        json.WriteStartObject();
        json.WriteString("query", Submit);
        json.WriteStartObject("variables");
        json.WriteStartObject("i");
        json.WriteString("municipalityNisCode", Nis(i));
        json.WriteString("subject", TextCorpus.Subject(i));
        json.WriteString("body", TextCorpus.Body(i));
        json.WriteString("requesterName", TextCorpus.RequesterName(i));
        json.WriteString("requesterEmail", TextCorpus.RequesterEmail(i));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private async Task<Caller[]> ConnectAsync(int concurrency)
    {
        var callers = new Caller[concurrency];
        for (var c = 0; c < concurrency; c++)
        {
            callers[c] = new Caller(await RawHttpConnection.ConnectAsync(address, "/graphql", token));
        }

        return callers;
    }

    private static void Dispose(Caller[] callers)
    {
        foreach (var caller in callers)
        {
            caller.Connection.Dispose();
        }
    }

    private string Nis(int i) => municipalities[i % municipalities.Count];

    private static async Task<Latency> RunAsync(int from, int to, int concurrency, string? progressLabel, Func<int, int, Task> submit)
    {
        var timings = new double[Math.Max(0, to - from)];
        var completedAt = new double[timings.Length];
        var next = from - 1;
        var completed = 0;
        var step = Math.Max(1, timings.Length / 10);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(caller => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < to)
            {
                var started = Stopwatch.GetTimestamp();
                await submit(caller, i);
                timings[i - from] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var done = Interlocked.Increment(ref completed);
                completedAt[done - 1] = wall.Elapsed.TotalSeconds;
                if (progressLabel is not null && done % step == 0)
                {
                    var recent = step / (completedAt[done - 1] - (done > step ? completedAt[done - 1 - step] : 0));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {progressLabel}: {done}/{timings.Length} in {wall.Elapsed:m\\:ss} (overall {done / wall.Elapsed.TotalSeconds:0}/s, last {step}: {recent:0}/s)"));
                }
            }
        })));
        return Latency.From(timings, wall.Elapsed, completedAt);
    }
}

/// <summary>One caller of the load: its connection and a reused buffer for the request body.</summary>
internal sealed class Caller(RawHttpConnection connection)
{
    private readonly ArrayBufferWriter<byte> _body = new(4096);
    private readonly Utf8JsonWriter _json = new(Stream.Null);

    /// <summary>The caller's keep-alive connection.</summary>
    public RawHttpConnection Connection { get; } = connection;

    /// <summary>Writes a request body with <paramref name="write"/>; the result is valid until the next call.</summary>
    public ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> write)
    {
        _body.ResetWrittenCount();
        _json.Reset(_body);
        write(_json);
        _json.Flush();
        return _body.WrittenMemory;
    }
}
