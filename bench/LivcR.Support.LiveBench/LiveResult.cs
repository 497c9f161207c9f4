namespace LivcR.Support.LiveBench;

/// <summary>The figures of one transport's run.</summary>
/// <param name="Transport">How the subscribers were connected.</param>
/// <param name="Run">Which run of this transport (1, 2, …), each against a fresh gateway.</param>
/// <param name="TicketSubscribers">Subscribers of <c>ticketChanged</c> on the one ticket.</param>
/// <param name="QueueSubscribers">Subscribers of <c>ticketQueueChanged</c> without a filter.</param>
/// <param name="OpenSeconds">Wall time to open them all (16 at a time) until the last had its CURRENT event.</param>
/// <param name="ToCurrent">Per subscriber, from opening its connection to reading CURRENT.</param>
/// <param name="Before">The gateway's memory before they opened (after a warm-up).</param>
/// <param name="After">The gateway's memory with them all open and idle.</param>
/// <param name="Changes">The changes and their deliveries.</param>
/// <param name="Others">Events that were no change of the run (RESYNC, repeats).</param>
/// <param name="Failures">Subscribers whose stream broke or was refused.</param>
internal sealed record LiveResult(
    LiveTransport Transport,
    int Run,
    int TicketSubscribers,
    int QueueSubscribers,
    double OpenSeconds,
    Latency ToCurrent,
    GatewayMemory Before,
    GatewayMemory After,
    ChangeSeries Changes,
    int Others,
    int Failures)
{
    public int Subscribers => TicketSubscribers + QueueSubscribers;

    /// <summary>The target's condition: every delivery arrived and p99 is within the bound.</summary>
    public bool MeetsTarget => Changes.Deliveries.P99Ms <= LiveReport.TargetP99Ms && Changes.Missed == 0 && Failures == 0;

    /// <summary>Working set growth per open subscription, KiB.</summary>
    public double WorkingSetKiBPerSubscription => (After.WorkingSetMiB - Before.WorkingSetMiB) * 1024 / Subscribers;

    /// <summary>Live GC heap growth per open subscription, KiB.</summary>
    public double GcHeapKiBPerSubscription => (After.GcHeapMiB - Before.GcHeapMiB) * 1024 / Subscribers;
}
