using LivcR.Support.Contracts.Live;

namespace LivcR.Support.Gateway.Live;

/// <summary>
/// One subscription's events: first <paramref name="current"/> (where things stand), then every change of the feed that
/// <paramref name="select"/> lets through, until the subscriber disposes it. Disposing also gives back its quota place.
/// </summary>
internal sealed class ChangeStream(TicketChangeFeed feed, TicketChangeEvent current, Func<TicketChange, TicketChangeEvent?> select, IDisposable place)
    : IObservable<TicketChangeEvent>
{
    public IDisposable Subscribe(IObserver<TicketChangeEvent> observer)
    {
        var gate = new object();
        var open = true;
        observer.OnNext(current);
        var listening = feed.Listen(change =>
        {
            if (select(change) is not { } selected)
            {
                return;
            }

            lock (gate)
            {
                if (open)
                {
                    observer.OnNext(selected);
                }
            }
        });
        return new Subscription(() =>
        {
            lock (gate)
            {
                open = false;
            }

            listening.Dispose();
            place.Dispose();
        });
    }

    private sealed class Subscription(Action end) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                end();
            }
        }
    }
}
