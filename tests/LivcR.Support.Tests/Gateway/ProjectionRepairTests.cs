using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Tests.Gateway;

public sealed class ProjectionRepairTests : IClassFixture<PostgresServer>
{
    private readonly PostgresServer _postgres;

    public ProjectionRepairTests(PostgresServer postgres) => _postgres = postgres;

    [Fact]
    public async Task RepairPass_Sqlite_TicketWithoutRowIsListedAgain()
    {
        using var data = new TempDirectory();
        await using var gateway = await GatewayHost.StartStandaloneAsync(data.File("livcr-support.db"));
        await AssertRepairedAsync(gateway);
    }

    [Fact]
    public async Task RepairPass_PostgreSql_TicketWithoutRowIsListedAgain()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["Persistence:ConnectionString"] = _postgres.ConnectionString(),
            ["Orleans:ClusterId"] = "repair-" + Guid.NewGuid().ToString("N")[..8],
            ["Orleans:ServiceId"] = "livcr-repair-tests",
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
        });
        await AssertRepairedAsync(gateway);
    }

    /// <summary>A ticket whose row went missing after its state write (as a crash in between leaves it) is found and listed.</summary>
    private static async Task AssertRepairedAsync(GatewayHost gateway)
    {
        var token = await gateway.StaffTokenAsync();
        var subject = "Herstel " + Guid.NewGuid().ToString("N")[..8];
        var (_, submitted) = await gateway.PostAsync(
            "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }",
            new { i = new { municipalityNisCode = "44021", subject, body = "Een vraag die uit de lijst viel.", requesterName = "Lies", requesterEmail = "lies@gent.be" } },
            token);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();

        await using (var connection = await DatabaseBootstrap.OpenForWriteAsync(gateway.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value))
        await using (var delete = connection.CreateCommand())
        {
            delete.CommandText = $"DELETE FROM livcr_ticket WHERE number = '{number}'";
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        Assert.Equal(0, await CountAsync(gateway, token, subject));

        var repaired = await gateway.Services.GetRequiredService<IGrainFactory>().GetGrain<ITicketSweeperGrain>("tickets").RepairProjectionsAsync();

        Assert.Equal(1, repaired);
        Assert.Equal(1, await CountAsync(gateway, token, subject));
        Assert.Equal(0, await gateway.Services.GetRequiredService<IGrainFactory>().GetGrain<ITicketSweeperGrain>("tickets").RepairProjectionsAsync());
    }

    private static async Task<int> CountAsync(GatewayHost gateway, string token, string subject)
    {
        var (_, found) = await gateway.PostAsync("query($t: String!) { tickets(filter: {text: $t}) { totalCount } }", new { t = subject.Split(' ')[1] }, token);
        return found["data"]!["tickets"]!["totalCount"]!.GetValue<int>();
    }
}
