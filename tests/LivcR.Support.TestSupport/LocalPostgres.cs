using System.Globalization;
using Npgsql;

namespace LivcR.Support.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server from the Debian packages: its data folder in a temp folder, listening on a free
/// loopback port only, with an empty database <c>livcr</c>. As root it runs as the <c>postgres</c> system user
/// (PostgreSQL refuses root). Stopped by its PID (SIGINT, PostgreSQL's fast shutdown; SIGKILL after 30 s), then the
/// folder is removed. A start that fails stops what it started and removes the folder too.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string SystemUser = "postgres";
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _root;
    private readonly ServerProcess _server;

    private LocalPostgres(TempDirectory root, ServerProcess server, int port)
    {
        _root = root;
        _server = server;
        Port = port;
    }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>The server's process id.</summary>
    public int Pid => _server.Pid;

    /// <summary>The newest <c>/usr/lib/postgresql/*/bin</c> with a <c>postgres</c> binary, or null when none is installed.</summary>
    public static string? FindBinaries() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql")
            .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(b => File.Exists(Path.Combine(b, "postgres")))
        : null;

    /// <summary>Initialises, starts and waits for a new server; throws <see cref="InvalidOperationException"/> when it cannot.</summary>
    /// <param name="durable">
    /// False (tests): fsync, synchronous commit and full-page writes off, which is fast and loses data only in a crash of
    /// the machine, and the data is thrown away anyway. True (benchmarks): PostgreSQL's default durability.
    /// </param>
    public static async Task<LocalPostgres> StartAsync(bool durable = false)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql; run tests/run.sh (it installs them) or apt-get install postgresql.");
        var root = new TempDirectory("livcr-pg-");
        ServerProcess? server = null;
        try
        {
            var data = root.File("data");
            var sockets = Directory.CreateDirectory(root.File("run")).FullName;
            if (Posix.IsRoot)
            {
                await ProcessRunner.RunOrThrowAsync(ProcessRunner.Command("chown", ["-R", $"{SystemUser}:{SystemUser}", root.Path]));
            }

            await ProcessRunner.RunOrThrowAsync(ProcessRunner.Command(
                Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], SystemUser));
            var port = FreePort.Next();
            string[] settings = durable
                ? ["-c", "max_connections=200"]
                : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"];
            server = ServerProcess.Start(
                ProcessRunner.Command(Path.Combine(bin, "postgres"), ["-D", data, "-p", port.ToString(CultureInfo.InvariantCulture), "-h", "127.0.0.1", "-k", sockets, .. settings], SystemUser),
                Posix.SigInt,
                StopGrace);
            var postgres = new LocalPostgres(root, server, port);
            await postgres.CreateDatabaseAsync();
            return postgres;
        }
        catch (Exception failure)
        {
            var output = server?.RecentOutput;
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            root.Dispose();
            throw new InvalidOperationException($"PostgreSQL did not start: {failure.Message} {output}".Trim(), failure);
        }
    }

    /// <summary>A connection string for a database of this server as the <c>postgres</c> superuser (pooled, 10 s connect timeout).</summary>
    public string ConnectionString(string database = "livcr") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=10";

    /// <summary>Clears Npgsql's pools, stops the server by its PID and removes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _server.DisposeAsync();
        _root.Dispose();
    }

    private async Task CreateDatabaseAsync()
    {
        var deadline = DateTime.UtcNow + StartLimit;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
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
}
