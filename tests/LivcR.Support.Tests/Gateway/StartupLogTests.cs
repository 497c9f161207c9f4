using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

public sealed class StartupLogTests
{
    [Fact]
    public async Task Gateway_FreshStart_LogsNoWatchdogStallOfTheMachinesUptime()
    {
        using var data = new TempDirectory();
        await using var gateway = await GatewayProcess.StartAsync(data.Path);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.DoesNotContain("Participant check thread has not completed", gateway.Output, StringComparison.Ordinal);
    }
}
