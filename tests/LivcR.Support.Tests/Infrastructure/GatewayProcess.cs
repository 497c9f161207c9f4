using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Tests.Infrastructure;

/// <summary>
/// The built gateway (co-hosted silo, SQLite) as a child process on a data folder: started, killed with SIGKILL by its PID,
/// started again on the same folder. Demo mode seeds <c>staff@vvsg.example</c>; its tokens are signed with the folder's key.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private GatewayProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the gateway on <paramref name="data"/> and waits until it answers GraphQL (or has exited, when <paramref name="mayExit"/>).</summary>
    public static async Task<GatewayProcess> StartAsync(string data, IDictionary<string, string>? extra = null, bool mayExit = false)
    {
        var port = FreePort.Next();
        var settings = new Dictionary<string, string>
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["environment"] = "Testing",
            ["Demo:Enabled"] = "true",
            ["Persistence:SqlitePath"] = Path.Combine(data, "livcr-support.db"),
            ["Auth:SigningKeyPath"] = Path.Combine(data, "signing-key"),
            ["Mail:MessageIdSecretPath"] = Path.Combine(data, "message-id-secret"),
            ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["GraphQL:RequestsPerIpPerMinute"] = "1000000",
            ["GraphQL:RequestsPerUserPerMinute"] = "1000000",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = data };
        info.ArgumentList.Add(BuiltProgram.Path("gateway/LivcR.Support.Gateway", "LivcR.Support.Gateway"));
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The gateway did not start.");
        var gateway = new GatewayProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => gateway.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => gateway.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await gateway.WaitReadyAsync(mayExit);
        return gateway;
    }

    /// <summary>A staff token for this folder's signing key (the person is seeded by demo mode).</summary>
    public static string StaffToken(string data) => Token(data, "staff@vvsg.example");

    /// <summary>A token for <paramref name="email"/> signed with this folder's key; the roles are the person's own (demo mode seeds one per role).</summary>
    public static string Token(string data, string email)
    {
        var key = SigningKeyStore.LoadOrCreate(Path.Combine(data, "signing-key"));
        var issuer = new TokenIssuer(Options.Create(new AuthOptions()), key, TimeProvider.System);
        return issuer.Issue(new PersonView(email, email.Split('@')[0], [])).Token;
    }

    /// <summary>SIGKILL: no shutdown, no flush — as a power cut or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Waits until the process has ended by itself.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitReadyAsync(bool mayExit)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!_process.HasExited && DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        if (!_process.HasExited)
        {
            throw new TimeoutException($"The gateway did not get ready: {Output}");
        }

        if (!mayExit)
        {
            throw new InvalidOperationException($"The gateway exited ({_process.ExitCode}): {Output}");
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
