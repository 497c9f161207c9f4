using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace LivcR.Support.LiveBench;

/// <summary>
/// A subscription over <c>POST /graphql/stream</c> (graphql-sse, distinct connections): one HTTP/1.1 request on a
/// connection of its own, the answer read as it streams; SSE framing is parsed on bytes (events end with a blank line,
/// the JSON is the <c>data:</c> line), keep-alive comments are skipped.
/// </summary>
internal sealed class ServerSentEventsSubscriber(HttpClient http, string token, int index, DeliveryBoard board) : LiveSubscriber(index, board)
{
    private HttpResponseMessage? _response;
    private Stream? _stream;

    /// <summary>A client for many streams at once: one connection per stream, none dropped while idle.</summary>
    public static HttpClient Client(Uri address) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        })
        {
            BaseAddress = address,
            Timeout = Timeout.InfiniteTimeSpan,
        };

    protected override async Task ConnectAsync(string query, object? variables, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        _response.EnsureSuccessStatusCode();
        _stream = await _response.Content.ReadAsStreamAsync(cancellation);
    }

    protected override async Task ReadAsync(CancellationToken cancellation)
    {
        var buffer = new byte[4096];
        var end = 0;
        while (true)
        {
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await _stream!.ReadAsync(buffer.AsMemory(end), cancellation);
            if (read == 0)
            {
                return;
            }

            var readAt = Stopwatch.GetTimestamp();
            end += read;
            var start = 0;
            int boundary;
            while ((boundary = buffer.AsSpan(start, end - start).IndexOf("\n\n"u8)) >= 0)
            {
                Event(buffer.AsSpan(start, boundary), readAt);
                start += boundary + 2;
            }

            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
        }
    }

    protected override ValueTask CloseAsync()
    {
        _stream?.Dispose();
        _response?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>One SSE event: <c>event: next</c> with its <c>data:</c> line, <c>event: complete</c>, or a comment.</summary>
    private void Event(ReadOnlySpan<byte> lines, long readAt)
    {
        var data = lines.IndexOf("data: "u8);
        if (lines.StartsWith("event: next"u8) && data >= 0)
        {
            var json = lines[(data + 6)..];
            var lineEnd = json.IndexOf((byte)'\n');
            OnMessage(lineEnd >= 0 ? json[..lineEnd] : json, readAt);
        }
        else if (lines.StartsWith("event: complete"u8))
        {
            Fail("the server completed the stream");
        }
    }
}
