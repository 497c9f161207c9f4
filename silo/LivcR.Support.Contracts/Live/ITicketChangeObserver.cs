using Orleans.Concurrency;

namespace LivcR.Support.Contracts.Live;

/// <summary>A gateway's ear for ticket changes: the hub calls it once per change, without waiting for an answer.</summary>
[Alias("livcr.ticket-change-observer")]
public interface ITicketChangeObserver : IGrainObserver
{
    /// <summary>A ticket changed (or someone is on it).</summary>
    [OneWay]
    [Alias("changed")]
    Task OnTicketChanged(TicketChange change);
}
