using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace LivcR.Support.LiveBench;

/// <summary>
/// A subscription over <c>/graphql/ws</c> (graphql-transport-ws): one WebSocket of its own, <c>connection_init</c> with
/// the bearer token, one <c>subscribe</c>; the server's pings are answered.
/// </summary>
internal sealed class WebSocketSubscriber(HttpMessageInvoker invoker, Uri address, string token, int index, DeliveryBoard board) : LiveSubscriber(index, board)
{
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[4096];

    /// <summary>A handler for many WebSockets at once (each upgrade holds its own connection).</summary>
    public static HttpMessageInvoker Invoker() => new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseProxy = false });

    protected override async Task ConnectAsync(string query, object? variables, CancellationToken cancellation)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        var uri = new UriBuilder(address) { Scheme = "ws", Path = "/graphql/ws" }.Uri;
        await _socket.ConnectAsync(uri, invoker, cancellation);
        await SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token } }, cancellation);
        var (length, _) = await ReceiveAsync(cancellation);
        if (LiveEvent.Read(_buffer.AsSpan(0, length)).Type != "connection_ack")
        {
            throw new IOException("No connection_ack: " + Encoding.UTF8.GetString(_buffer, 0, length));
        }

        await SendAsync(new { id = "1", type = "subscribe", payload = new { query, variables } }, cancellation);
    }

    protected override async Task ReadAsync(CancellationToken cancellation)
    {
        while (true)
        {
            var (length, readAt) = await ReceiveAsync(cancellation);
            if (length < 0)
            {
                return;
            }

            var message = _buffer.AsSpan(0, length);
            switch (LiveEvent.Read(message).Type)
            {
                case "next":
                    OnMessage(message, readAt);
                    break;
                case "ping":
                    await SendAsync(new { type = "pong" }, cancellation);
                    break;
                case "pong":
                    break;
                default:
                    Fail("unexpected message: " + Encoding.UTF8.GetString(message));
                    break;
            }
        }
    }

    protected override async ValueTask CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, wait.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The gateway went first; nothing left to close politely.
            }
        }

        _socket.Dispose();
    }

    private Task SendAsync(object message, CancellationToken cancellation) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellation);

    /// <summary>One whole text message into the buffer; its length and when its first part arrived, or -1 on close.</summary>
    private async Task<(int Length, long ReadAt)> ReceiveAsync(CancellationToken cancellation)
    {
        var length = 0;
        long readAt = 0;
        while (true)
        {
            var part = await _socket.ReceiveAsync(_buffer.AsMemory(length), cancellation);
            readAt = readAt == 0 ? Stopwatch.GetTimestamp() : readAt;
            if (part.MessageType == WebSocketMessageType.Close)
            {
                return (-1, readAt);
            }

            length += part.Count;
            if (part.EndOfMessage)
            {
                return (length, readAt);
            }

            if (length == _buffer.Length)
            {
                throw new IOException("A message larger than the buffer.");
            }
        }
    }
}
