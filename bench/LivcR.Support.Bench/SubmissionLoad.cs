using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Bench;

/// <summary>Submits questions <c>[from, to)</c> with a given number of callers in flight; question i goes to municipality i mod 285.</summary>
internal sealed class SubmissionLoad(HttpClient http, IGrainFactory grains, IReadOnlyList<string> municipalities)
{
    private const string Submit = "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }";

    /// <summary>Through <c>POST /graphql</c> with the staff token: the real path (HTTP, auth, GraphQL, audit, grains, storage).</summary>
    public Task<Latency> OverHttpAsync(int from, int to, int concurrency, string? progressLabel = null) =>
        RunAsync(from, to, concurrency, progressLabel, async i =>
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = Submit, variables = new { i = TextCorpus.Input(i, Nis(i)) } });
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal) || !body.Contains("\"number\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Submission {i} failed ({(int)response.StatusCode}): {body}");
            }
        });

    /// <summary>
    /// The cheapest signed-in request (<c>{ me { email } }</c>): HTTP, token, the caller's person grain and GraphQL, no
    /// storage. A diagnostic: the ceiling the endpoint itself puts on any mutation on this machine.
    /// </summary>
    public Task<Latency> HttpFloorAsync(int count, int concurrency) =>
        RunAsync(0, count, concurrency, null, async i =>
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ me { email } }" });
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || !body.Contains("\"email\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Request {i} failed ({(int)response.StatusCode}): {body}");
            }
        });

    /// <summary>Straight to the intake grain, in process: no HTTP, token, GraphQL or audit row. A diagnostic, to split the cost.</summary>
    public Task<Latency> ToGrainAsync(int from, int to, int concurrency) =>
        RunAsync(from, to, concurrency, null, async i =>
        {
            _ = await grains.HelpdeskIntake().SubmitAsync(
                new HelpdeskRequest(Nis(i), TextCorpus.Subject(i), TextCorpus.Body(i), TextCorpus.RequesterName(i), TextCorpus.RequesterEmail(i)));
        });

    private string Nis(int i) => municipalities[i % municipalities.Count];

    private static async Task<Latency> RunAsync(int from, int to, int concurrency, string? progressLabel, Func<int, Task> submit)
    {
        var timings = new double[Math.Max(0, to - from)];
        var completedAt = new double[timings.Length];
        var next = from - 1;
        var completed = 0;
        var step = Math.Max(1, timings.Length / 10);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < to)
            {
                var started = Stopwatch.GetTimestamp();
                await submit(i);
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
