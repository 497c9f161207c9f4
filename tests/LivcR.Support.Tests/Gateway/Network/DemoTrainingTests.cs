using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway.Network;

public sealed class DemoTrainingTests
{
    [Fact]
    public async Task Demo_Enabled_OffersTwoTrainingsWithOpenSessionsOnce()
    {
        using var data = new TempDirectory();
        var settings = new Dictionary<string, string> { ["Demo:Enabled"] = "true" };
        await using (var first = await GatewayHost.StartStandaloneAsync(data.File("demo.db"), settings))
        {
            await first.TokenAsync("warmup@vvsg.example", new RoleGrant(Role.Staff, null));
        }

        await using var gateway = await GatewayHost.StartStandaloneAsync(data.File("demo.db"), settings);
        var token = await gateway.TokenAsync("coordinator@gent.example");
        var (_, body) = await gateway.PostAsync("{ trainings { title sessions { seatsLeft registrationDeadline } } }", token: token);

        var trainings = body["data"]!["trainings"]!.AsArray();
        Assert.Equal(2, trainings.Count);
        Assert.All(trainings, t => Assert.True(t!["sessions"]![0]!["seatsLeft"]!.GetValue<int>() > 0));
        Assert.All(trainings, t => Assert.True(t!["sessions"]![0]!["registrationDeadline"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow));
    }
}
