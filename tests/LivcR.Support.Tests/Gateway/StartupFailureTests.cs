using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

public sealed class StartupFailureTests
{
    [Fact]
    public async Task Gateway_DatabaseUnreachable_ExitsWithOneClearLine()
    {
        var closedPort = FreePort.Next();
        var gateway = BuiltProgram.Path("gateway/LivcR.Support.Gateway", "LivcR.Support.Gateway");

        var (exitCode, output) = await ProcessRunner.RunAsync("dotnet", [
            gateway,
            "--urls=http://127.0.0.1:0",
            "--Persistence:Provider=PostgreSql",
            $"--Persistence:ConnectionString=Host=127.0.0.1;Port={closedPort};Username=livcr;Password=not-logged-secret;Database=livcr",
            "--Persistence:ConnectTimeoutSeconds=3",
        ]);

        Assert.Equal(2, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains($"PostgreSQL 127.0.0.1:{closedPort}/livcr", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not-logged-secret", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silo_DatabaseUnreachable_ExitsWithOneClearLine()
    {
        var closedPort = FreePort.Next();
        var silo = BuiltProgram.Path("silo/LivcR.Support.Silo", "LivcR.Support.Silo");

        var (exitCode, output) = await ProcessRunner.RunAsync("dotnet", [
            silo,
            "--Persistence:Provider=PostgreSql",
            $"--Persistence:ConnectionString=Host=127.0.0.1;Port={closedPort};Username=livcr;Password=not-logged-secret;Database=livcr",
            "--Persistence:ConnectTimeoutSeconds=3",
        ]);

        Assert.Equal(2, exitCode);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Cannot use the database", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-logged-secret", output, StringComparison.Ordinal);
    }
}
