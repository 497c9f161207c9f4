using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace LivcR.Support.Tests.Crash;

/// <summary>
/// Questions submitted through <c>POST /graphql</c> by 16 callers at once until the process stops answering. Remembers
/// which were acknowledged (the caller got a number) and which were in flight when the connection broke.
/// </summary>
internal sealed class SubmissionLoad(Uri address, string token)
{
    public const int Concurrency = 16;

    /// <summary>The word every question's body carries, for the search check.</summary>
    public const string Word = "kilproef";

    private const string Submit =
        "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number subject } }";

    /// <summary>Subject → the number the caller was told.</summary>
    public ConcurrentDictionary<string, string> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Subjects (and their request keys) whose caller got no answer.</summary>
    public ConcurrentDictionary<string, string> InDoubt { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs until every caller has lost its connection or <paramref name="stop"/> fires.</summary>
    public Task RunAsync(string round, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(worker => Task.Run(() => CallerAsync(round, worker, stop), CancellationToken.None)));

    /// <summary>Submits one question (to <paramref name="http"/>'s base address when it has one); the number, or null when the process did not answer.</summary>
    public async Task<string?> SubmitAsync(HttpClient http, string subject, string key)
    {
        var input = new JsonObject
        {
            ["municipalityNisCode"] = "31005",
            ["subject"] = subject,
            ["body"] = $"Vraag voor de {Word}: {subject}.",
            ["requesterName"] = "Kil Proef",
            ["requesterEmail"] = $"{key}@brugge.be",
            ["clientRequestId"] = key,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(http.BaseAddress ?? address, "/graphql"))
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = Submit, ["variables"] = new JsonObject { ["i"] = input } }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            return body?["data"]?["submitHelpdeskRequest"]?["number"]?.GetValue<string>()
                ?? throw new InvalidOperationException($"Refused ({(int)response.StatusCode}): {body?.ToJsonString()}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or IOException)
        {
            return null;
        }
    }

    private async Task CallerAsync(string round, int worker, CancellationToken stop)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var key = $"k-{round}-{worker}-{i}";
            var subject = $"Kilproef {round} {worker} {i}";
            var number = await SubmitAsync(http, subject, key);
            if (number is null)
            {
                InDoubt[subject] = key;
                return;
            }

            Acknowledged[subject] = number;
        }
    }
}
