using LivcR.Support.Silo.Telemetry;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Telemetry;

/// <summary>The gauges' queries on PostgreSQL (the process tests read them on SQLite).</summary>
public sealed class MailChannelGaugesPostgreSqlTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Submit = """
        mutation Submit($input: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $input) { number } }
        """;

    [Fact]
    public async Task Gauges_OnPostgreSql_ReadTheHeldAcknowledgementAndItsAge()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["Persistence:ConnectionString"] = postgres.ConnectionString(),
            ["Orleans:ClusterId"] = "pg-gauges-" + Guid.NewGuid().ToString("N")[..8],
            ["Orleans:ServiceId"] = "livcr-support-gauge-tests",
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
        });
        var gauges = gateway.Services.GetRequiredService<MailChannelGauges>();
        await gauges.RefreshAsync();
        var heldBefore = Held(gauges);

        var (status, body) = await gateway.PostAsync(Submit, new
        {
            input = new Dictionary<string, object?>
            {
                ["municipalityNisCode"] = "44021", ["subject"] = "Vraag", ["body"] = "Tekst", ["requesterName"] = "An", ["requesterEmail"] = "an@gent.example",
            },
        }, await gateway.StaffTokenAsync());
        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        // The staged acknowledgement is marked held by the outbox worker, which finds no SMTP server.
        for (var i = 0; i < 60; i++)
        {
            await gauges.RefreshAsync();
            if (Held(gauges) > heldBefore)
            {
                break;
            }

            await Task.Delay(500);
        }

        Assert.Equal(heldBefore + 1, Held(gauges));
        Assert.True(Assert.Single(gauges.OldestUnsentAge()).Value > 0);
        Assert.True(Assert.Single(gauges.QuarantineSize()).Value >= 0);
    }

    private static long Held(MailChannelGauges gauges) =>
        gauges.OutboxDepth().Single(m => m.Tags.ToArray().Contains(new KeyValuePair<string, object?>("status", "held"))).Value;
}
