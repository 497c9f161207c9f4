using System.Collections.Concurrent;
using System.Diagnostics;

namespace LivcR.Support.TestSupport;

/// <summary>
/// A server program we started, in the foreground so that its PID is the server's. Stopped by that PID only: the
/// server's own shutdown signal first, SIGKILL to that one process when it has not exited within the grace period.
/// Keeps its last output lines for error messages.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptLines = 20;

    private readonly Process _process;
    private readonly int _stopSignal;
    private readonly TimeSpan _grace;
    private readonly ConcurrentQueue<string> _recent = new();

    private ServerProcess(Process process, int stopSignal, TimeSpan grace)
    {
        _process = process;
        _stopSignal = stopSignal;
        _grace = grace;
    }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the server wrote, joined with " | ".</summary>
    public string RecentOutput => string.Join(" | ", _recent);

    /// <summary>Starts the program; <paramref name="stopSignal"/> is what asks it to shut down.</summary>
    public static ServerProcess Start(ProcessStartInfo info, int stopSignal, TimeSpan grace)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start");
        var server = new ServerProcess(process, stopSignal, grace);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Stops the server by its PID and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Posix.Kill(_process.Id, _stopSignal);
            using var wait = new CancellationTokenSource(_grace);
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _recent.Enqueue(line);
        while (_recent.Count > KeptLines && _recent.TryDequeue(out _))
        {
        }
    }
}
