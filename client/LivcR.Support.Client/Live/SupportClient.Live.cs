using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace LivcR.Support.Client;

/// <summary>Live events over server-sent events (<c>/graphql/stream</c>, the graphql-sse protocol).</summary>
public sealed partial class SupportClient
{
    private const string StreamPath = "graphql/stream";

    /// <summary>
    /// The live events of ticket <paramref name="number"/>, first where it stands (<see cref="TicketChangeKind.Current"/>),
    /// until <paramref name="cancellationToken"/> ends them. A ticket you may not read throws NOT_FOUND before the first event.
    /// When the stream breaks, subscribe again: the first event then tells the current version.
    /// </summary>
    public IAsyncEnumerable<TicketChangeEvent> WatchTicketAsync(string number, CancellationToken cancellationToken = default) =>
        SubscribeAsync<TicketChangeEvent>(Documents.TicketChanged, "ticketChanged", new { number }, cancellationToken);

    /// <summary>The live events of the tickets you may list that match <paramref name="filter"/>, first a <see cref="TicketChangeKind.Current"/>.</summary>
    public IAsyncEnumerable<TicketChangeEvent> WatchTicketQueueAsync(TicketQueueFilter? filter = null, CancellationToken cancellationToken = default) =>
        SubscribeAsync<TicketChangeEvent>(Documents.TicketQueueChanged, "ticketQueueChanged", new { filter }, cancellationToken);

    /// <summary>Staff: tells the other staff on the ticket you have it open (<paramref name="composing"/>: you are writing). Repeat every half minute.</summary>
    public Task AnnounceTicketPresenceAsync(string number, bool composing = false, CancellationToken cancellationToken = default) =>
        RunAsync<bool>(Documents.AnnounceTicketPresence, "announceTicketPresence", new { number, composing }, cancellationToken);

    /// <summary>Sends a subscription and yields the value of <paramref name="field"/> of each event until the server completes it.</summary>
    private async IAsyncEnumerable<T> SubscribeAsync<T>(string document, string field, object variables, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress, StreamPath))
        {
            Content = JsonContent.Create(new GraphQLRequest(document, variables), options: WireJson.GraphQL),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            string? name = null;
            var data = new StringBuilder();
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.Length > 0)
                {
                    if (line.StartsWith("event:", StringComparison.Ordinal))
                    {
                        name = line[6..].Trim();
                    }
                    else if (line.StartsWith("data:", StringComparison.Ordinal))
                    {
                        data.Append(line.AsSpan(5).TrimStart(' '));
                    }

                    continue;
                }

                if (name == "complete")
                {
                    yield break;
                }

                if (name == "next" && data.Length > 0)
                {
                    yield return Event<T>(response, data.ToString(), field);
                }

                (name, data) = (null, data.Clear());
            }
        }
    }

    private static T Event<T>(HttpResponseMessage response, string json, string field)
    {
        using var body = JsonDocument.Parse(json);
        ThrowIfFailed(response, body);
        if (body.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            try
            {
                return value.Deserialize<T>(WireJson.GraphQL) ?? throw Invalid(response, $"An event has no value for '{field}'.");
            }
            catch (JsonException unreadable)
            {
                throw Invalid(response, $"An event of '{field}' does not match the client's types: {unreadable.Message}", unreadable);
            }
        }

        throw Invalid(response, $"An event has no value for '{field}'.");
    }
}
