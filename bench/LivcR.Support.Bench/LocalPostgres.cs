using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Npgsql;

namespace LivcR.Support.Bench;

/// <summary>
/// A throwaway PostgreSQL from the Debian packages: a temp data folder, a free loopback port, default durability
/// (fsync and synchronous_commit on). As root it runs as the <c>postgres</c> user (PostgreSQL refuses root).
/// Stopped by its PID (SIGINT, PostgreSQL's fast shutdown; SIGKILL after 30 s).
/// </summary>
internal sealed partial class LocalPostgres : IAsyncDisposable
{
    private const int SigInt = 2;

    private readonly DirectoryInfo _root;
    private readonly Process _server;
    private readonly int _port;

    private LocalPostgres(DirectoryInfo root, Process server, int port)
    {
        _root = root;
        _server = server;
        _port = port;
    }

    public string ConnectionString => Connection("livcr");

    public int Pid => _server.Id;

    /// <summary>The newest <c>/usr/lib/postgresql/*/bin</c> with a <c>postgres</c> binary, or null.</summary>
    public static string? FindBinaries() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql")
            .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(b => File.Exists(Path.Combine(b, "postgres")))
        : null;

    public static async Task<LocalPostgres> StartAsync(string bin)
    {
        var root = Directory.CreateTempSubdirectory("livcr-bench-pg-");
        var log = new ConcurrentQueue<string>();
        Process? server = null;
        try
        {
            var data = Path.Combine(root.FullName, "data");
            var sockets = Directory.CreateDirectory(Path.Combine(root.FullName, "run")).FullName;
            if (IsRoot)
            {
                await RunAsync(Command("chown", ["-R", "postgres:postgres", root.FullName], asPostgres: false));
            }

            await RunAsync(Command(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], asPostgres: true));
            var port = FreePort.Next();
            var info = Command(Path.Combine(bin, "postgres"), ["-D", data, "-p", $"{port}", "-h", "127.0.0.1", "-k", sockets, "-c", "max_connections=200"], asPostgres: true);
            info.RedirectStandardError = true;
            info.RedirectStandardOutput = true;
            server = Process.Start(info) ?? throw new InvalidOperationException("postgres did not start");
            server.ErrorDataReceived += (_, e) => Keep(log, e.Data);
            server.OutputDataReceived += (_, e) => Keep(log, e.Data);
            server.BeginErrorReadLine();
            server.BeginOutputReadLine();
            var postgres = new LocalPostgres(root, server, port);
            await postgres.CreateDatabaseAsync();
            return postgres;
        }
        catch (Exception ex)
        {
            if (server is not null)
            {
                await StopAsync(server);
            }

            root.Delete(recursive: true);
            throw new InvalidOperationException($"{ex.Message} {string.Join(" | ", log)}".Trim(), ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await StopAsync(_server);
        _root.Delete(recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private string Connection(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Timeout=10";

    private async Task CreateDatabaseAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Connection("postgres"));
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand("CREATE DATABASE livcr", connection);
                await create.ExecuteNonQueryAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task StopAsync(Process server)
    {
        if (!server.HasExited)
        {
            _ = Kill(server.Id, SigInt);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await server.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                server.Kill();
                await server.WaitForExitAsync();
            }
        }

        server.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > 20 && log.TryDequeue(out _))
        {
        }
    }

    private static ProcessStartInfo Command(string file, IEnumerable<string> arguments, bool asPostgres)
    {
        var info = asPostgres && IsRoot ? new ProcessStartInfo("setpriv") : new ProcessStartInfo(file);
        if (asPostgres && IsRoot)
        {
            foreach (var argument in (string[])["--reuid=postgres", "--regid=postgres", "--init-groups", file])
            {
                info.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static async Task RunAsync(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{info.FileName} {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
