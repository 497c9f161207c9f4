using Orleans.Concurrency;

namespace LivcR.Support.Contracts.Live;

/// <summary>
/// The one place ticket changes pass through on their way to the gateways (key 0): each gateway subscribes its
/// <see cref="ITicketChangeObserver"/> and renews it; each ticket publishes its stored changes.
/// </summary>
[Alias("livcr.ticket-change-hub")]
public interface ITicketChangeHubGrain : IGrainWithIntegerKey
{
    /// <summary>The key of the hub.</summary>
    public const long Key = 0;

    /// <summary>
    /// Subscribes or renews <paramref name="observer"/>; a subscription not renewed within the hub's expiry is dropped.
    /// Returns the activation's id: a gateway that sees it change knows changes may have passed it by.
    /// </summary>
    [Alias("subscribe")]
    Task<Guid> SubscribeAsync(ITicketChangeObserver observer);

    /// <summary>Ends the subscription of <paramref name="observer"/>.</summary>
    [Alias("unsubscribe")]
    Task UnsubscribeAsync(ITicketChangeObserver observer);

    /// <summary>Passes <paramref name="change"/> to every subscribed gateway.</summary>
    [OneWay]
    [Alias("publish")]
    Task PublishAsync(TicketChange change);
}
