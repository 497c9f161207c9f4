using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace LivcR.Support.LiveBench;

/// <summary>
/// The driver's handle on a gateway child (this program again with <c>--gateway</c>): its address and staff token, its
/// memory on request, its CPU time; stopped through standard input, killed by PID if it does not stop.
/// </summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _data;
    private readonly Channel<string> _answers = Channel.CreateUnbounded<string>();

    private GatewayProcess(Process process, DirectoryInfo data)
    {
        _process = process;
        _data = data;
    }

    public GatewayReady Ready { get; private set; } = null!;

    public Uri Address => new(Ready.Address);

    /// <summary>CPU time of the gateway process so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<GatewayProcess> StartAsync()
    {
        var data = Directory.CreateTempSubdirectory("livcr-livebench-");
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var info = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(GatewayProcess).Assembly.Location);
        }

        info.ArgumentList.Add("--gateway");
        info.ArgumentList.Add(data.FullName);
        var process = Process.Start(info) ?? throw new InvalidOperationException("The gateway child did not start.");
        var child = new GatewayProcess(process, data);
        _ = child.ReadOutputAsync();
        try
        {
            child.Ready = await child.AnswerAsync<GatewayReady>(TimeSpan.FromMinutes(2));
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }

        return child;
    }

    /// <summary>The gateway's memory after a full collection in the child.</summary>
    public async Task<GatewayMemory> MemoryAsync()
    {
        await _process.StandardInput.WriteLineAsync("memory");
        await _process.StandardInput.FlushAsync();
        return await AnswerAsync<GatewayMemory>(TimeSpan.FromMinutes(1));
    }

    /// <summary>What the child's JIT has compiled so far (no collection, so it may be asked between changes).</summary>
    public async Task<GatewayJit> JitAsync()
    {
        await _process.StandardInput.WriteLineAsync("jit");
        await _process.StandardInput.FlushAsync();
        return await AnswerAsync<GatewayJit>(TimeSpan.FromMinutes(1));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await _process.StandardInput.WriteLineAsync("stop");
                await _process.StandardInput.FlushAsync();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        finally
        {
            _process.Dispose();
            _data.Delete(recursive: true);
        }
    }

    private async Task<T> AnswerAsync<T>(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            var line = await _answers.Reader.ReadAsync(wait.Token);
            return JsonSerializer.Deserialize<T>(line) ?? throw new InvalidOperationException($"The gateway child sent an empty {typeof(T).Name}.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The gateway child ended (see its log above).");
        }
    }

    /// <summary>Passes the child's log through; keeps the lines meant for the driver.</summary>
    private async Task ReadOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(GatewayChild.Marker, StringComparison.Ordinal))
            {
                _answers.Writer.TryWrite(line[GatewayChild.Marker.Length..]);
            }
            else
            {
                Console.WriteLine("  gateway: " + line);
            }
        }

        _answers.Writer.TryComplete();
    }
}
