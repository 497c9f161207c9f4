namespace LivcR.Support.Contracts;

/// <summary>The key of the clock the support system's own rules read (deadlines, SLA, codes).</summary>
/// <remarks>
/// Resolve it as <c>[FromKeyedServices(SupportClock.Key)] TimeProvider</c>. Without a registration of its own it is the
/// system clock; tests register a clock they can move, without moving Orleans' own timers.
/// </remarks>
public static class SupportClock
{
    /// <summary>The service key.</summary>
    public const string Key = "livcr.clock";
}
