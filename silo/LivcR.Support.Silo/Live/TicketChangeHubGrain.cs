using LivcR.Support.Contracts.Live;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Utilities;

namespace LivcR.Support.Silo.Live;

/// <summary>
/// Fans each published ticket change out to the subscribed gateways. Holds nothing stored: gateways renew their
/// subscription every half minute, so a hub that moved to another silo is refilled within that time, and the new
/// activation's id tells each gateway that it may have missed changes meanwhile.
/// </summary>
[Reentrant]
public sealed class TicketChangeHubGrain : Grain, ITicketChangeHubGrain
{
    /// <summary>How long a gateway's subscription lasts without a renewal.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(2);

    private readonly ObserverManager<ITicketChangeObserver> _gateways;
    private readonly Guid _activation = Guid.NewGuid();

    /// <summary>Creates the hub.</summary>
    public TicketChangeHubGrain(ILogger<TicketChangeHubGrain> logger) => _gateways = new(Expiry, logger);

    /// <inheritdoc/>
    public Task<Guid> SubscribeAsync(ITicketChangeObserver observer)
    {
        _gateways.Subscribe(observer, observer);
        return Task.FromResult(_activation);
    }

    /// <inheritdoc/>
    public Task UnsubscribeAsync(ITicketChangeObserver observer)
    {
        _gateways.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task PublishAsync(TicketChange change)
    {
        _gateways.Notify(gateway => gateway.OnTicketChanged(change));
        return Task.CompletedTask;
    }
}
