using System.Net.Sockets;
using Npgsql;

namespace LivcR.Support.Tests.TestSupport;

/// <summary>The throwaway servers of the test-support library leave nothing behind and drop root where they must.</summary>
public sealed class ThrowawayServerTests
{
    [Fact]
    public async Task LocalPostgres_Disposed_StopsItsProcessAndRemovesItsFolder()
    {
        var postgres = await LocalPostgres.StartAsync();
        var pid = postgres.Pid;
        var folder = FolderOf(pid, "-D");
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString()))
        {
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT current_database()", connection);
            Assert.Equal("livcr", await query.ExecuteScalarAsync());
        }

        var owner = UserOf(pid);

        await postgres.DisposeAsync();

        Assert.Equal(Environment.UserName == "root" ? "postgres" : Environment.UserName, owner);
        Assert.False(Runs(pid, folder));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task LocalDovecot_Disposed_StopsItsProcessAndRemovesItsFolder()
    {
        var dovecot = await LocalDovecot.StartAsync();
        var pid = dovecot.Pid;
        var folder = FolderOf(pid, "-c");
        dovecot.AddUser("helpdesk", "geheim");

        await dovecot.DisposeAsync();

        Assert.False(Runs(pid, folder));
        Assert.False(Directory.Exists(folder));
        using var tcp = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => tcp.ConnectAsync(dovecot.Host, dovecot.Port));
    }

    [Fact]
    public async Task ProcessRunner_PastItsTimeLimit_KillsTheProgramAndSaysSo()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => ProcessRunner.RunAsync("sleep", ["30"], timeout: TimeSpan.FromMilliseconds(300)));

        Assert.Contains("sleep did not finish in time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessRunner_FinishedProgram_ReturnsExitCodeAndBothOutputs()
    {
        var (exitCode, output) = await ProcessRunner.RunAsync("sh", ["-c", "echo uit; echo fout >&2; exit 3"]);

        Assert.Equal(3, exitCode);
        Assert.Contains("uit", output, StringComparison.Ordinal);
        Assert.Contains("fout", output, StringComparison.Ordinal);
    }

    /// <summary>The temp folder of a server, from the path after <paramref name="flag"/> on its command line.</summary>
    private static string FolderOf(int pid, string flag)
    {
        var arguments = CommandLine(pid);
        var path = arguments[arguments.IndexOf(flag) + 1];
        var folder = Path.GetDirectoryName(path)!;
        Assert.StartsWith(Path.GetTempPath(), folder, StringComparison.Ordinal);
        return folder;
    }

    private static List<string> CommandLine(int pid) =>
        [.. File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>True while the PID is still this server (a reused PID with another command line is not).</summary>
    private static bool Runs(int pid, string folder)
    {
        try
        {
            return CommandLine(pid).Any(a => a.StartsWith(folder, StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string UserOf(int pid)
    {
        var uid = File.ReadAllLines($"/proc/{pid}/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
        return File.ReadAllLines("/etc/passwd").Select(l => l.Split(':')).First(f => f[2] == uid)[0];
    }
}
