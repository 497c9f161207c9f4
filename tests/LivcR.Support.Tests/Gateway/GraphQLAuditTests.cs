using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

public sealed class GraphQLAuditTests
{
    [Fact]
    public async Task Endpoint_GraphQLHttpAudit_EveryMustPasses()
    {
        var audit = Path.Combine(RepositoryRoot.Path, "tests", "audit");
        Assert.True(
            Directory.Exists(Path.Combine(audit, "node_modules", "graphql-http")),
            "The audit package is not installed: run tests/run.sh, or npm ci in tests/audit.");

        // The audit introspects anonymously, which only Development allows.
        using var data = new TempDirectory();
        await using var gateway = await GatewayHost.StartStandaloneAsync(data.File("audit.db"), new Dictionary<string, string> { ["environment"] = "Development" });
        var (exitCode, output) = await ProcessRunner.RunAsync("node", ["audit.mjs", gateway.GraphQL.ToString()], audit);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("FAIL  MUST", output, StringComparison.Ordinal);
    }
}
