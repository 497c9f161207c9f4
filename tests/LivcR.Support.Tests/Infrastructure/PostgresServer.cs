using System.Diagnostics;
using System.Runtime.InteropServices;
using Npgsql;

namespace LivcR.Support.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server from the Debian packages, in a temp data folder, on a free loopback port.
/// As root it runs as the <c>postgres</c> system user (PostgreSQL refuses root). Stopped by its PID.
/// </summary>
public sealed partial class PostgresServer : IAsyncLifetime
{
    private readonly TempDirectory _root = new();
    private Process? _server;

    public int Port { get; } = FreePort.Next();

    public string ConnectionString(string database = "livcr") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=10";

    public async Task InitializeAsync()
    {
        var bin = FindBinaries();
        var data = Path.Combine(_root.Path, "data");
        var sockets = Path.Combine(_root.Path, "run");
        Directory.CreateDirectory(sockets);
        if (IsRoot)
        {
            await RunAsync("chown", $"-R postgres:postgres {_root.Path}");
        }

        await RunAsync(Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8", asPostgres: true);
        _server = Start(
            Path.Combine(bin, "postgres"),
            $"-D {data} -p {Port} -h 127.0.0.1 -k {sockets} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            asPostgres: true);
        await WaitUntilReadyAsync();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE DATABASE livcr", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is { HasExited: false })
        {
            _ = Kill(_server.Id, 2); // SIGINT: PostgreSQL's fast shutdown
            if (!_server.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                _server.Kill();
            }

            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        _root.Dispose();
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBinaries()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).ToList()
            : [];
        foreach (var version in installed)
        {
            var bin = Path.Combine(version, "bin");
            if (File.Exists(Path.Combine(bin, "postgres")))
            {
                return bin;
            }
        }

        throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql; run tests/run.sh (it installs them) or apt-get install postgresql.");
    }

    private static ProcessStartInfo Command(string file, string arguments, bool asPostgres) =>
        asPostgres && IsRoot
            ? new ProcessStartInfo("setpriv", $"--reuid=postgres --regid=postgres --init-groups {file} {arguments}")
            : new ProcessStartInfo(file, arguments);

    private static async Task RunAsync(string file, string arguments, bool asPostgres = false)
    {
        var info = Command(file, arguments, asPostgres);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static Process Start(string file, string arguments, bool asPostgres)
    {
        var info = Command(file, arguments, asPostgres);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && _server is { HasExited: false })
            {
                await Task.Delay(200);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
