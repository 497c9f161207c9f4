using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.ReadModel;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LivcR.Support.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class ReadModelRebuildTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Rebuild_AfterTheTablesWereLost_BringsEveryTicketBack()
    {
        var submitted = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            submitted.Add((await fixture.Grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("11001", $"Herbouw {i}", "Vraag", "An", "an@aartselaar.example"))).Number);
        }

        var services = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost!.Services;
        await services.GetRequiredService<TicketReadModel>().ClearAsync();
        Assert.Equal(0, await CountAsync(submitted));

        var projected = await services.GetRequiredService<ReadModelRebuilder>().RebuildAsync();

        Assert.True(projected >= 3);
        Assert.Equal(3, await CountAsync(submitted));
    }

    private static async Task<long> CountAsync(IReadOnlyList<string> numbers)
    {
        await using var connection = new SqliteConnection($"Data Source={ClusterFixture.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM livcr_ticket WHERE number IN ('{string.Join("','", numbers)}')";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
