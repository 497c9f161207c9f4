using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace LivcR.Support.TestSupport;

/// <summary>
/// A stand-in for a Seq server on 127.0.0.1: it speaks the ingestion API the Serilog sink uses (<c>POST /api/events/raw</c>
/// with a CLEF body, <c>application/vnd.serilog.clef</c>, answered 201 as Seq does) and keeps every event it received.
/// </summary>
public sealed class SeqReceiver : IAsyncDisposable
{
    /// <summary>The path the sink posts to.</summary>
    public const string IngestionPath = "/api/events/raw";

    /// <summary>The content type of a CLEF batch.</summary>
    public const string ClefContentType = "application/vnd.serilog.clef";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<string> _raw = new();
    private readonly ConcurrentQueue<JsonObject> _events = new();
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly Task _loop;

    /// <summary>Starts listening on a free loopback port.</summary>
    public SeqReceiver()
    {
        var port = FreePort.Next();
        ServerUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(ServerUrl.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>What to configure as the sink's server URL.</summary>
    public Uri ServerUrl { get; }

    /// <summary>Every event received, parsed.</summary>
    public IReadOnlyList<JsonObject> Events => [.. _events];

    /// <summary>Every body received, as sent (the whole CLEF text, for searching).</summary>
    public string RawText => string.Join('\n', _raw);

    /// <summary>Every property name and string value of every event, unescaped, one a line (for searching what JSON escapes).</summary>
    public string Values => string.Join('\n', _events.SelectMany(e => Flatten(e)));

    /// <summary>Requests that were not a well-formed CLEF batch (method, path or content type), for the assertion message.</summary>
    public IReadOnlyList<string> Refused => [.. _refused];

    /// <summary>Waits until an event matching <paramref name="match"/> arrived and returns it.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching event in {timeout.TotalSeconds:0} s; {_events.Count} event(s) received, refused: {string.Join("; ", _refused)}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The string value of a property of a CLEF event (<c>@mt</c>, <c>TicketNumber</c>, ...), or null.</summary>
    public static string? Text(JsonObject clefEvent, string property) =>
        clefEvent[property] is JsonValue value ? value.ToString() : null;

    private static IEnumerable<string> Flatten(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Flatten(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Flatten),
        JsonValue v => [v.ToString()],
        _ => [],
    };

    /// <summary>Stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var response = context.Response;
        var contentType = request.ContentType ?? string.Empty;
        if (request.HttpMethod != "POST" || request.Url?.AbsolutePath != IngestionPath || !contentType.StartsWith(ClefContentType, StringComparison.Ordinal))
        {
            _refused.Enqueue($"{request.HttpMethod} {request.Url?.AbsolutePath} ({contentType})");
            response.StatusCode = 400;
            return;
        }

        Stream body = request.InputStream;
        if (string.Equals(request.Headers["Content-Encoding"], "gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        _raw.Enqueue(text);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (JsonNode.Parse(line) is JsonObject parsed)
            {
                _events.Enqueue(parsed);
            }
        }

        // Seq answers 201 Created with the level it accepts (the sink reads it when it controls a level switch).
        response.StatusCode = 201;
        response.ContentType = "application/json";
        var answer = Encoding.UTF8.GetBytes("{\"MinimumLevelAccepted\":null}");
        await response.OutputStream.WriteAsync(answer);
    }
}
