using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Gateway.Live;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.LiveBench;

/// <summary>
/// The gateway child: a standalone gateway (co-hosted silo, SQLite, Production, Serilog at Warning) on a free loopback
/// port, alone in its process so its memory is the gateway's. It says where it listens and hands out a staff token on
/// one line of standard output, then answers <c>memory</c> (after a full collection) and <c>jit</c> (methods compiled and
/// time spent compiling so far) on standard input until <c>stop</c>.
/// </summary>
/// <remarks>The memory report is this benchmark's, not an endpoint of the product.</remarks>
internal static class GatewayChild
{
    /// <summary>Lines of the child meant for the driver start with this; anything else is the gateway's own log.</summary>
    public const string Marker = "livebench ";

    private const double MiB = 1024 * 1024;

    public static async Task<int> RunAsync(string data)
    {
        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine("--gateway needs an existing folder; the driver passes one.");
            return 64;
        }

        try
        {
            var app = await GatewayApp.BuildAsync(Settings(data))
                ?? throw new InvalidOperationException("The gateway refused to start (see the log above).");
            await using (app)
            {
                await app.StartAsync();
                var feed = app.Services.GetRequiredService<TicketChangeFeed>();
                for (var i = 0; i < 400 && !feed.Connected; i++)
                {
                    await Task.Delay(50);
                }

                if (!feed.Connected)
                {
                    throw new InvalidOperationException("The live feed did not reach the hub in 20 s.");
                }

                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                Say(new GatewayReady(address, await StaffTokenAsync(app.Services), Environment.ProcessId));
                while (await Console.In.ReadLineAsync() is { } command && command != "stop")
                {
                    if (command == "memory")
                    {
                        Say(Measure(feed));
                    }
                    else if (command == "jit")
                    {
                        Say(new GatewayJit(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime().TotalMilliseconds));
                    }
                }

                await app.StopAsync();
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static void Say<T>(T message) => Console.WriteLine(Marker + JsonSerializer.Serialize(message));

    /// <summary>The gateway's memory at rest: the working set as the OS sees it, the GC heap live after a full compacting collection.</summary>
    private static GatewayMemory Measure(TicketChangeFeed feed)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        return new GatewayMemory(self.WorkingSet64 / MiB, heap / MiB, GC.GetGCMemoryInfo().TotalCommittedBytes / MiB, feed.ListenerCount, self.Threads.Count);
    }

    private static async Task<string> StaffTokenAsync(IServiceProvider services)
    {
        var person = services.GetRequiredService<IGrainFactory>().Person("live-bench@vvsg.example");
        await person.SaveProfileAsync("Live Benchmark");
        var view = await person.GrantAsync(new RoleGrant(Role.Staff, null));
        return services.GetRequiredService<TokenIssuer>().Issue(view).Token;
    }

    private static string[] Settings(string data)
    {
        var invariant = CultureInfo.InvariantCulture;
        var settings = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Production",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(invariant),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(invariant),
            ["Orleans:ClusterId"] = "livebench-" + Guid.NewGuid().ToString("N")[..8],
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Auth:SigningKeyPath"] = Path.Combine(data, "signing-key"),
            ["GraphQL:RequestsPerUserPerMinute"] = "100000000",
            ["GraphQL:RequestsPerIpPerMinute"] = "100000000",
            ["Persistence:Provider"] = "Sqlite",
            ["Persistence:SqlitePath"] = Path.Combine(data, "livcr-support.db"),
            ["Portal:KeysPath"] = Path.Combine(data, "portal-keys"),

            // One staff person holds every subscription; each WebSocket carries one, so the per-connection limit stays as shipped.
            ["Live:MaxSubscriptionsPerUser"] = LiveBenchArguments.MaxSubscriptions.ToString(invariant),
        };
        return settings.Select(kv => $"--{kv.Key}={kv.Value}").ToArray();
    }
}

/// <summary>The child's first line: where the gateway listens, a staff token, its process id.</summary>
internal sealed record GatewayReady(string Address, string Token, int Pid);

/// <summary>The child's answer to <c>memory</c>: working set, live GC heap and GC-committed memory in MiB, open live listeners, threads.</summary>
internal sealed record GatewayMemory(double WorkingSetMiB, double GcHeapMiB, double GcCommittedMiB, int Listeners, int Threads);

/// <summary>The child's answer to <c>jit</c>: methods the JIT compiled so far (every tier) and the time it spent, ms.</summary>
internal sealed record GatewayJit(long Methods, double CompilationMs);
