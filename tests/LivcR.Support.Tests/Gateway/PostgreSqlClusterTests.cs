using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Gateway;

public sealed class PostgreSqlClusterTests : IClassFixture<PostgresServer>
{
    private readonly PostgresServer _postgres;

    public PostgreSqlClusterTests(PostgresServer postgres) => _postgres = postgres;

    private Dictionary<string, string> Settings(string clusterId, string mode = "CoHostedSilo") => new()
    {
        ["Gateway:Mode"] = mode,
        ["Persistence:Provider"] = "PostgreSql",
        ["Persistence:ConnectionString"] = _postgres.ConnectionString(),
        ["Orleans:ClusterId"] = clusterId,
        ["Orleans:ServiceId"] = "livcr-support-tests",
        ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
    };

    [Fact]
    public async Task TwoSilos_OnePostgreSql_ShareMembershipAndState()
    {
        var clusterId = "pg-" + Guid.NewGuid().ToString("N")[..8];

        // Both start at once: the schema step must serialise itself.
        var started = await Task.WhenAll(GatewayHost.StartAsync(Settings(clusterId)), GatewayHost.StartAsync(Settings(clusterId)));
        await using var first = started[0];
        await using var second = started[1];

        var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        Dictionary<SiloAddress, SiloStatus> hosts;
        do
        {
            hosts = await management.GetHosts(onlyActive: true);
            if (hosts.Count < 2)
            {
                await Task.Delay(250);
            }
        }
        while (hosts.Count < 2 && DateTime.UtcNow < deadline);
        Assert.Equal(2, hosts.Count);

        var (_, submitted) = await first.PostAsync(
            "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }",
            new { i = new { municipalityNisCode = "73111", subject = "Samenwerking met de politiezone", body = "Wie zit er aan tafel?", requesterName = "Tom Wouters", requesterEmail = "tom.wouters@tongeren-borgloon.be" } },
            await first.StaffTokenAsync());
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();

        var (_, read) = await second.PostAsync("query($n: String!) { ticket(number: $n) { subject municipality { name } } }", new { n = number }, await second.StaffTokenAsync());
        Assert.Equal("Samenwerking met de politiezone", read["data"]!["ticket"]!["subject"]!.GetValue<string>());
        Assert.Equal("Tongeren-Borgloon", read["data"]!["ticket"]!["municipality"]!["name"]!.GetValue<string>());

        // The read model on PostgreSQL: the dutch configuration stems "samenwerkingen" to the subject's "samenwerking".
        var (_, found) = await second.PostAsync("{ tickets(filter: {text: \"samenwerkingen\"}) { totalCount nodes { number } } }", token: await second.StaffTokenAsync());
        Assert.True(found["data"]?["tickets"]?["nodes"]?.AsArray().Any(n => n!["number"]!.GetValue<string>() == number) == true, found.ToJsonString());
        var (_, byProvince) = await first.PostAsync("{ tickets(filter: {province: LIMBURG, statuses: [NEW]}, orderBy: DUE_AT, first: 10) { totalCount nodes { number } } }", token: await first.StaffTokenAsync());
        Assert.True(byProvince["data"]!["tickets"]!["totalCount"]!.GetValue<int>() >= 1);

        // A gateway without a silo of its own (how docker-compose runs it) reads the same ticket.
        await using var client = await GatewayHost.StartAsync(Settings(clusterId, mode: "Client"));
        var (_, viaClient) = await client.PostAsync("query($n: String!) { ticket(number: $n) { subject } }", new { n = number }, await client.StaffTokenAsync());
        Assert.Equal("Samenwerking met de politiezone", viaClient["data"]!["ticket"]!["subject"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task TwoSilos_AChangeOnOne_ReachesASubscriberOnTheOther()
    {
        var clusterId = "pg-live-" + Guid.NewGuid().ToString("N")[..8];
        var started = await Task.WhenAll(GatewayHost.StartAsync(Settings(clusterId)), GatewayHost.StartAsync(Settings(clusterId)));
        await using var first = started[0];
        await using var second = started[1];
        await first.LiveFeedReadyAsync();
        await second.LiveFeedReadyAsync();

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var watcher = new LivcR.Support.Client.SupportClient(second.Http, await second.StaffTokenAsync());
        await using var queue = watcher.WatchTicketQueueAsync(cancellationToken: stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await queue.MoveNextAsync());

        var submitter = new LivcR.Support.Client.SupportClient(first.Http, await first.StaffTokenAsync());
        var ticket = await submitter.SubmitAsync(new LivcR.Support.Client.SubmitHelpdeskRequestInput(
            "73111", "Vraag over polarisatie", "Wie helpt ons?", "Tom Wouters", "tom.wouters@tongeren-borgloon.be"));

        Assert.True(await queue.MoveNextAsync());
        Assert.Equal((LivcR.Support.Client.TicketChangeKind.Created, ticket.Number), (queue.Current.Kind, queue.Current.Number));
    }
}
