using LivcR.Support.Silo.Hosting;
using Serilog.Events;
using Serilog.Parsing;

namespace LivcR.Support.Tests.Domain;

public sealed class WatchdogStartRaceTests
{
    private static LogEvent Watchdog(TimeSpan stalled, string source = "Orleans.Runtime.Watchdog") => new(
        DateTimeOffset.UtcNow,
        LogEventLevel.Warning,
        null,
        new MessageTemplateParser().Parse("Participant check thread has not completed for {TimeSinceLastTick}, potentially indicating lock contention or deadlock, CPU starvation, or another execution anomaly."),
        [new LogEventProperty("SourceContext", new ScalarValue(source)), new LogEventProperty("TimeSinceLastTick", new ScalarValue(stalled))]);

    [Fact]
    public void IsSpurious_StallLongerThanTheProcessLived_IsDropped() =>
        Assert.True(WatchdogStartRace.IsSpurious(Watchdog(TimeSpan.Parse("02:20:05", System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromSeconds(4)));

    [Fact]
    public void IsSpurious_RealStallOrOtherSource_IsKept()
    {
        Assert.False(WatchdogStartRace.IsSpurious(Watchdog(TimeSpan.FromSeconds(30)), TimeSpan.FromMinutes(5)));
        Assert.False(WatchdogStartRace.IsSpurious(Watchdog(TimeSpan.FromHours(2), source: "Orleans.Runtime.Other"), TimeSpan.FromSeconds(4)));
    }
}
