using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphQL;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace LivcR.Support.Gateway.Live;

/// <summary>One graphql-transport-ws connection: its messages in, one writer out, its subscriptions by id.</summary>
internal sealed class WebSocketConnection(WebSocket socket, HttpContext http, IServiceProvider services, CallerContext caller, LiveOptions options)
{
    private const int MaxMessageBytes = 64 * 1024;
    private static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(3);

    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>();
    private readonly ConcurrentDictionary<string, IDisposable?> _subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly IGraphQLTextSerializer _serializer = services.GetRequiredService<IGraphQLTextSerializer>();
    private ClaimsPrincipal _user = http.User;

    // Small to start with (an idle connection holds it), grown for a larger message.
    private byte[] _buffer = new byte[1024];
    private bool _initialised;
    private volatile bool _closeQueued;
    private long _idleSince = Environment.TickCount64;

    public async Task RunAsync()
    {
        var writing = WriteLoopAsync();
        var watching = WatchAsync();
        try
        {
            await ReadLoopAsync();
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The connection broke or is being closed.
        }
        finally
        {
            foreach (var id in _subscriptions.Keys)
            {
                End(id);
            }

            // The writer sends what is queued (a close frame last), then the watcher stops.
            _outgoing.Writer.TryComplete();
            await Quietly(writing.WaitAsync(TimeSpan.FromSeconds(5)));
            await _closing.CancelAsync();
            await Quietly(watching);
            _closing.Dispose();
        }
    }

    private async Task ReadLoopAsync()
    {
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var (kind, length) = await ReceiveAsync();
            if (kind == WebSocketMessageType.Close)
            {
                // The client's close, or its answer to ours.
                Close((int)WebSocketCloseStatus.NormalClosure, string.Empty);
                return;
            }

            if (_closeQueued)
            {
                continue;
            }

            if (length < 0 || kind != WebSocketMessageType.Text)
            {
                Close(4400, length < 0 ? "Message too large" : "Text messages only");
                continue;
            }

            await HandleAsync(Encoding.UTF8.GetString(_buffer, 0, length));
        }
    }

    /// <summary>Handles one message; false when the connection was closed for it.</summary>
    private async Task<bool> HandleAsync(string text)
    {
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            message = null;
        }

        var type = message?["type"] is JsonValue value && value.TryGetValue<string>(out var t) ? t : null;
        switch (type)
        {
            case "connection_init":
                return await InitialiseAsync(message!["payload"] as JsonObject);
            case "ping":
                Send(new JsonObject { ["type"] = "pong" });
                return true;
            case "pong":
                return true;
            case "subscribe" when !_initialised:
                Close(4401, "Unauthorized");
                return false;
            case "subscribe":
                return await SubscribeAsync(message!);
            case "complete":
                if (Id(message!) is { } done)
                {
                    End(done);
                }

                return true;
            default:
                Close(4400, "Invalid message");
                return false;
        }
    }

    private async Task<bool> InitialiseAsync(JsonObject? payload)
    {
        if (_initialised)
        {
            Close(4429, "Too many initialisation requests");
            return false;
        }

        var token = (payload?["Authorization"] ?? payload?["authorization"]) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (token is not null)
        {
            // A scope of its own: the request's scope holds the authentication handler of the upgrade request, with its result.
            await using var checking = services.CreateAsyncScope();
            var check = new DefaultHttpContext { RequestServices = checking.ServiceProvider };
            check.Request.Headers.Authorization = token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token : "Bearer " + token;
            var result = await check.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (!result.Succeeded)
            {
                Close(4403, "Forbidden");
                return false;
            }

            _user = result.Principal;
            caller.Actor = await services.GetRequiredService<ActorResolver>().ResolveAsync(result.Principal);
        }

        _initialised = true;
        Send(new JsonObject { ["type"] = "connection_ack" });
        return true;
    }

    private async Task<bool> SubscribeAsync(JsonObject message)
    {
        if (Id(message) is not { } id || message["payload"] is not JsonObject payload
            || payload["query"] is not JsonValue q || !q.TryGetValue<string>(out var query))
        {
            Close(4400, "Invalid subscribe message");
            return false;
        }

        if (!_subscriptions.TryAdd(id, null))
        {
            Close(4409, $"Subscriber for {id} already exists");
            return false;
        }

        if (_subscriptions.Count > options.MaxSubscriptionsPerConnection)
        {
            _subscriptions.TryRemove(id, out _);
            SendErrors(id, $"Op één verbinding kunnen hoogstens {options.MaxSubscriptionsPerConnection} abonnementen open staan.", SupportErrorCode.RateLimited);
            return true;
        }

        var request = new GraphQLHttpRequest(
            query,
            payload["operationName"] is JsonValue n && n.TryGetValue<string>(out var name) ? name : null,
            Inputs(payload["variables"]),
            Inputs(payload["extensions"]));
        var result = await LiveExecution.ExecuteAsync(services, _user, request, http, _closing.Token);
        if (!result.Executed)
        {
            _subscriptions.TryRemove(id, out _);
            Send(new JsonObject { ["id"] = id, ["type"] = "error", ["payload"] = JsonNode.Parse(_serializer.Serialize(result))?["errors"]?.DeepClone() });
            return true;
        }

        if (LiveExecution.Stream(result) is not { } stream)
        {
            Next(id, result);
            Complete(id);
            return true;
        }

        var subscription = stream.Subscribe(new Relay(this, id));
        if (!_subscriptions.TryUpdate(id, subscription, null))
        {
            // Completed (or ended by the client) while subscribing.
            subscription.Dispose();
        }

        return true;
    }

    private void Next(string id, ExecutionResult result)
    {
        if (_outgoing.Reader.Count > options.MaxBacklog)
        {
            Close(4429, "Too far behind");
            return;
        }

        Send(new JsonObject { ["id"] = id, ["type"] = "next", ["payload"] = JsonNode.Parse(_serializer.Serialize(result)) });
    }

    private void Complete(string id)
    {
        if (_subscriptions.TryRemove(id, out var subscription))
        {
            subscription?.Dispose();
            Send(new JsonObject { ["id"] = id, ["type"] = "complete" });
        }

        Touch();
    }

    private void End(string id)
    {
        if (_subscriptions.TryRemove(id, out var subscription))
        {
            subscription?.Dispose();
        }

        Touch();
    }

    private void Touch()
    {
        if (_subscriptions.IsEmpty)
        {
            Interlocked.Exchange(ref _idleSince, Environment.TickCount64);
        }
    }

    private void SendErrors(string id, string message, string code) =>
        Send(new JsonObject
        {
            ["id"] = id,
            ["type"] = "error",
            ["payload"] = new JsonArray(new JsonObject { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = code } }),
        });

    private void Send(JsonObject message) => _outgoing.Writer.TryWrite(new Outgoing(message.ToJsonString(), 0, null));

    /// <summary>The only sender: WebSocket sends (the close frame included) must not overlap.</summary>
    private async Task WriteLoopAsync()
    {
        await foreach (var message in _outgoing.Reader.ReadAllAsync(_closing.Token))
        {
            if (message.Text is null)
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)message.CloseCode, message.Reason, _closing.Token);
                }

                return;
            }

            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(message.Text), WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
            }
        }
    }

    /// <summary>
    /// Closes the connection when it waited too long for its init or sat idle without a subscription, and drops it when the
    /// client does not answer a close within a few seconds; pings meanwhile.
    /// </summary>
    private async Task WatchAsync()
    {
        var opened = Environment.TickCount64;
        var tick = TimeSpan.FromSeconds(1);
        var lastPing = opened;
        long? closedAt = null;
        while (!_closing.IsCancellationRequested)
        {
            await Task.Delay(tick, _closing.Token);
            var now = Environment.TickCount64;
            if (_closeQueued)
            {
                closedAt ??= now;
                if (now - closedAt > 5000)
                {
                    socket.Abort();
                    return;
                }

                continue;
            }

            if (!_initialised && now - opened > InitTimeout.TotalMilliseconds)
            {
                Close(4408, "Connection initialisation timeout");
            }
            else if (_subscriptions.IsEmpty && now - Interlocked.Read(ref _idleSince) > options.IdleSeconds * 1000L)
            {
                Close((int)WebSocketCloseStatus.NormalClosure, "Idle");
            }
            else if (_initialised && now - lastPing > options.KeepAliveSeconds * 1000L)
            {
                lastPing = now;
                Send(new JsonObject { ["type"] = "ping" });
            }
        }
    }

    /// <summary>Queues the close frame behind what is queued; nothing is sent after it.</summary>
    private void Close(int code, string reason)
    {
        if (!_closeQueued)
        {
            _closeQueued = true;
            _outgoing.Writer.TryWrite(new Outgoing(null, code, reason));
            _outgoing.Writer.TryComplete();
        }
    }

    /// <summary>One whole message into <see cref="_buffer"/>, grown as needed up to <see cref="MaxMessageBytes"/>; length -1 when larger.</summary>
    private async Task<(WebSocketMessageType Kind, int Length)> ReceiveAsync()
    {
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length)
            {
                if (_buffer.Length >= MaxMessageBytes)
                {
                    return (WebSocketMessageType.Text, -1);
                }

                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 4, MaxMessageBytes));
            }

            var part = await socket.ReceiveAsync(_buffer.AsMemory(length), http.RequestAborted);
            length += part.Count;
            if (part.MessageType == WebSocketMessageType.Close || part.EndOfMessage)
            {
                return (part.MessageType, length);
            }
        }
    }

    private Inputs? Inputs(JsonNode? node) =>
        node is JsonObject ? _serializer.Deserialize<Inputs>(node.ToJsonString()) : null;

    private static string? Id(JsonObject message) =>
        message["id"] is JsonValue v && v.TryGetValue<string>(out var id) && id.Length > 0 ? id : null;

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ChannelClosedException)
        {
            // Ending with the connection.
        }
    }

    private sealed class Relay(WebSocketConnection connection, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => connection.Next(id, value);

        public void OnError(Exception error)
        {
            connection.Next(id, LiveErrors.StreamFailed());
            connection.Complete(id);
        }

        public void OnCompleted() => connection.Complete(id);
    }

    private sealed record Outgoing(string? Text, int CloseCode, string? Reason);
}
