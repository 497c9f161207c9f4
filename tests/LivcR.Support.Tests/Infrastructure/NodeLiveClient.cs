using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace LivcR.Support.Tests.Infrastructure;

/// <summary>
/// The protocols' own npm clients (graphql-sse, graphql-ws) subscribing to a gateway, through <c>tests/audit/live.mjs</c>:
/// each message the client gets is a JSON line read here. Disposing closes its stdin (it then disposes its clients and
/// exits) and kills it by PID if it does not.
/// </summary>
public sealed class NodeLiveClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<JsonNode> _lines = Channel.CreateUnbounded<JsonNode>();
    private readonly List<string> _stderr = [];

    private NodeLiveClient(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && JsonNode.Parse(line) is { } node)
            {
                _lines.Writer.TryWrite(node);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_stderr)
                {
                    _stderr.Add(line);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the client: <paramref name="transport"/> is "sse" or "ws"; <paramref name="count"/> subscriptions on one connection.</summary>
    public static NodeLiveClient Start(string transport, Uri graphql, string? token, string query, object? variables = null, int count = 1)
    {
        var audit = Path.Combine(RepositoryRoot.Path, "tests", "audit");
        Assert.True(Directory.Exists(Path.Combine(audit, "node_modules", "graphql-ws")), "The npm clients are not installed: run tests/run.sh, or npm ci in tests/audit.");
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = audit,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "live.mjs", transport, graphql.ToString().TrimEnd('/'), token ?? "-", query, System.Text.Json.JsonSerializer.Serialize(variables ?? new { }), count.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        return new NodeLiveClient(Process.Start(info) ?? throw new InvalidOperationException("node did not start"));
    }

    /// <summary>The next message, within <paramref name="seconds"/>.</summary>
    public async Task<JsonNode> NextAsync(int seconds = 15)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _lines.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            string errors;
            lock (_stderr)
            {
                errors = string.Join('\n', _stderr);
            }

            throw new TimeoutException($"No message from the npm client in {seconds} s. Its errors: {errors}");
        }
    }

    /// <summary>The next <c>next</c> payload's value of <paramref name="field"/>, skipping nothing: any other message fails.</summary>
    public async Task<JsonNode> NextEventAsync(string field, int seconds = 15)
    {
        var message = await NextAsync(seconds);
        return message["next"]?["data"]?[field] ?? throw new Xunit.Sdk.XunitException("Expected an event, got " + message.ToJsonString());
    }

    /// <summary>True when no message arrives within <paramref name="milliseconds"/>.</summary>
    public async Task<bool> QuietForAsync(int milliseconds)
    {
        using var timeout = new CancellationTokenSource(milliseconds);
        try
        {
            await _lines.Reader.WaitToReadAsync(timeout.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }
}
