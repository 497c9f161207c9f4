using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class GraphQLAuditTests(GatewayFixture fixture)
{
    [Fact]
    public async Task Endpoint_GraphQLHttpAudit_EveryMustPasses()
    {
        var audit = Path.Combine(RepositoryRoot.Path, "tests", "audit");
        Assert.True(
            Directory.Exists(Path.Combine(audit, "node_modules", "graphql-http")),
            "The audit package is not installed: run tests/run.sh, or npm ci in tests/audit.");

        var (exitCode, output) = await ProcessRunner.RunAsync("node", ["audit.mjs", fixture.Gateway.GraphQL.ToString()], audit);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("FAIL  MUST", output, StringComparison.Ordinal);
    }
}
