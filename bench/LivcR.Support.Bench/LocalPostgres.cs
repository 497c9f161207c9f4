using System.Diagnostics;
using System.Runtime.InteropServices;
using Npgsql;

namespace LivcR.Support.Bench;

/// <summary>A throwaway PostgreSQL from the Debian packages on a free loopback port (as the postgres user when root); stopped by PID.</summary>
internal sealed partial class LocalPostgres : IAsyncDisposable
{
    private readonly DirectoryInfo _root;
    private readonly Process _server;
    private readonly int _port;

    private LocalPostgres(DirectoryInfo root, Process server, int port)
    {
        _root = root;
        _server = server;
        _port = port;
    }

    public static bool IsInstalled => Bin() is not null;

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=livcr;Pooling=true;Maximum Pool Size=50";

    public static async Task<LocalPostgres> StartAsync()
    {
        var bin = Bin()!;
        var root = Directory.CreateTempSubdirectory("livcr-bench-pg-");
        var data = Path.Combine(root.FullName, "data");
        var sockets = Directory.CreateDirectory(Path.Combine(root.FullName, "run")).FullName;
        if (IsRoot)
        {
            await RunAsync(Command("chown", $"-R postgres:postgres {root.FullName}", asPostgres: false));
        }

        await RunAsync(Command(Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8", asPostgres: true));
        var port = FreePort.Next();
        var info = Command(Path.Combine(bin, "postgres"), $"-D {data} -p {port} -h 127.0.0.1 -k {sockets} -c max_connections=200", asPostgres: true);
        info.RedirectStandardError = true;
        info.RedirectStandardOutput = true;
        var server = Process.Start(info)!;
        server.BeginErrorReadLine();
        server.BeginOutputReadLine();
        var postgres = new LocalPostgres(root, server, port);
        for (var tries = 0; ; tries++)
        {
            try
            {
                await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres");
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand("CREATE DATABASE livcr", connection);
                await create.ExecuteNonQueryAsync();
                return postgres;
            }
            catch (NpgsqlException) when (tries < 100)
            {
                await Task.Delay(200);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        _ = Kill(_server.Id, 2);
        await _server.WaitForExitAsync();
        _server.Dispose();
        _root.Delete(recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string? Bin() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "postgres"))).Order().LastOrDefault()
        : null;

    private static ProcessStartInfo Command(string file, string arguments, bool asPostgres) => asPostgres && IsRoot
        ? new ProcessStartInfo("setpriv", $"--reuid=postgres --regid=postgres --init-groups {file} {arguments}")
        : new ProcessStartInfo(file, arguments);

    private static async Task RunAsync(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{info.FileName} {info.Arguments} failed: {await error}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
