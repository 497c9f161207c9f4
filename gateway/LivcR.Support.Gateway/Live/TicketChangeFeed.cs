using System.Collections.Concurrent;
using LivcR.Support.Contracts.Live;

namespace LivcR.Support.Gateway.Live;

/// <summary>
/// This gateway's one subscription to the cluster's <see cref="ITicketChangeHubGrain"/>, renewed every half minute, and
/// the local fan-out to its open GraphQL subscriptions. When the hub answers from a new activation, or a renewal failed,
/// changes may have passed this gateway by: every listener then gets a <see cref="TicketChangeKind.Resync"/>, so no
/// client misses a change silently (also one that subscribed before the first subscription reached the hub).
/// </summary>
public sealed partial class TicketChangeFeed(IGrainFactory grains, TimeProvider clock, ILogger<TicketChangeFeed> logger)
    : BackgroundService, ITicketChangeObserver
{
    /// <summary>How often the subscription is renewed (well inside the hub's expiry).</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<long, Action<TicketChange>> _listeners = new();
    private long _nextId;
    private ITicketChangeObserver? _reference;
    private Guid _hub;
    private bool _gap;

    /// <summary>True once the hub has this gateway's subscription.</summary>
    public bool Connected => _hub != Guid.Empty && !_gap;

    /// <summary>How many local listeners are open.</summary>
    public int ListenerCount => _listeners.Count;

    /// <summary>Calls <paramref name="listener"/> for every change until the returned handle is disposed.</summary>
    public IDisposable Listen(Action<TicketChange> listener)
    {
        var id = Interlocked.Increment(ref _nextId);
        _listeners[id] = listener;
        return new Registration(this, id);
    }

    /// <inheritdoc/>
    public Task OnTicketChanged(TicketChange change)
    {
        foreach (var listener in _listeners.Values)
        {
            try
            {
                listener(change);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
            {
                LogListenerFailed(logger, ex);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _reference = grains.CreateObjectReference<ITicketChangeObserver>(this);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Renewal;
            try
            {
                var hub = await grains.GetGrain<ITicketChangeHubGrain>(ITicketChangeHubGrain.Key).SubscribeAsync(_reference).WaitAsync(stoppingToken);
                var missed = _gap || (hub != _hub && (_hub != Guid.Empty || !_listeners.IsEmpty));
                _hub = hub;
                _gap = false;
                if (missed)
                {
                    LogResync(logger);
                    await OnTicketChanged(TicketChange.Resync(clock.GetUtcNow()));
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                // Not yet started, or the hub's silo went away: try again soon; what passed meanwhile is announced as a gap.
                _gap = _hub != Guid.Empty;
                wait = TimeSpan.FromSeconds(2);
                LogRenewalFailed(logger, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference is not null && _hub != Guid.Empty)
        {
            try
            {
                await grains.GetGrain<ITicketChangeHubGrain>(ITicketChangeHubGrain.Key).UnsubscribeAsync(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The hub forgets this gateway by itself when the subscription expires.
                LogRenewalFailed(logger, ex.GetType().Name);
            }

            grains.DeleteObjectReference<ITicketChangeObserver>(_reference);
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Live ticket changes: renewing the subscription failed ({Reason}); trying again")]
    private static partial void LogRenewalFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Live ticket changes: the feed was interrupted; subscribers are told to read again")]
    private static partial void LogResync(ILogger logger);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Live ticket changes: a subscriber failed to take a change")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception);

    private sealed class Registration(TicketChangeFeed feed, long id) : IDisposable
    {
        public void Dispose() => feed._listeners.TryRemove(id, out _);
    }
}
