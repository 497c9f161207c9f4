using System.Collections.Concurrent;
using System.Net;

namespace LivcR.Support.TestSupport;

/// <summary>
/// A stand-in for an OpenTelemetry collector's OTLP/HTTP receiver on 127.0.0.1: it accepts <c>POST /v1/traces</c> and
/// <c>POST /v1/metrics</c> (protobuf bodies), answers 200 as a collector does, and keeps each body by path.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _received = new();
    private readonly Task _loop;

    /// <summary>Starts listening on a free loopback port.</summary>
    public OtlpReceiver()
    {
        Endpoint = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>What to configure as the exporter's endpoint (OTLP over HTTP/protobuf).</summary>
    public Uri Endpoint { get; }

    /// <summary>Waits until a body posted to <paramref name="path"/> satisfies <paramref name="match"/>, and returns it.</summary>
    public async Task<byte[]> WaitForAsync(string path, Func<byte[], bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            foreach (var (p, _, body) in _received)
            {
                if (p == path && match(body))
                {
                    return body;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching {path} export in {timeout.TotalSeconds:0} s; received: {string.Join(", ", _received.Select(r => $"{r.Path} ({r.ContentType}, {r.Body.Length} bytes)"))}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>True when <paramref name="body"/> holds <paramref name="bytes"/> (a trace id, a UTF-8 name).</summary>
    public static bool Holds(byte[] body, ReadOnlySpan<byte> bytes) => body.AsSpan().IndexOf(bytes) >= 0;

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

            using var response = context.Response;
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _received.Enqueue((context.Request.Url?.AbsolutePath ?? string.Empty, context.Request.ContentType ?? string.Empty, body.ToArray()));
            // An empty Export*ServiceResponse: everything accepted.
            response.StatusCode = 200;
            response.ContentType = "application/x-protobuf";
        }
    }
}
