using System.Diagnostics;
using Serilog.Events;

namespace LivcR.Support.Silo.Hosting;

/// <summary>
/// Drops one false Orleans warning: "Participant check thread has not completed for 02:20:05" right after start, with a
/// time that is the machine's uptime.
/// </summary>
/// <remarks>
/// Not a clock of ours: Orleans' watchdog (10.x) starts its platform thread before it stamps the component check's
/// start time, so the platform thread's first look can see the stamp still at 0 and reports the time since the
/// monotonic clock's origin (the machine's boot) as a stall. Neither the support clock (keyed, read only by our rules)
/// nor the tests' movable clock is involved. A real stall is never longer than the process has existed, so exactly the
/// reports longer than that are dropped; every real one still reaches the log.
/// </remarks>
public static class WatchdogStartRace
{
    private const string Source = "Orleans.Runtime.Watchdog";
    private const string Message = "Participant check thread has not completed";

    private static readonly DateTime Started = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>How long this process has been running.</summary>
    public static TimeSpan ProcessAge => DateTime.UtcNow - Started;

    /// <summary>True for the watchdog's start-up report: a stall longer than <paramref name="processAge"/>.</summary>
    public static bool IsSpurious(LogEvent logEvent, TimeSpan processAge)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: Source }
            && logEvent.MessageTemplate.Text.StartsWith(Message, StringComparison.Ordinal)
            && logEvent.Properties.TryGetValue("TimeSinceLastTick", out var stalled) && stalled is ScalarValue { Value: TimeSpan time }
            && time > processAge;
    }
}
