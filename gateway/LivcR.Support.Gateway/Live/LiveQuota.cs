using System.Collections.Concurrent;
using LivcR.Support.Contracts.Errors;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Live;

/// <summary>Counts each person's open subscriptions on this gateway and refuses one over <see cref="LiveOptions.MaxSubscriptionsPerUser"/>.</summary>
public sealed class LiveQuota(IOptions<LiveOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many subscriptions <paramref name="email"/> has open.</summary>
    public int Open(string email) => _open.TryGetValue(email, out var count) ? count : 0;

    /// <summary>Takes one place for <paramref name="email"/>, released by disposing the result; RATE_LIMITED when full.</summary>
    public IDisposable Take(string email)
    {
        var limit = options.Value.MaxSubscriptionsPerUser;
        while (true)
        {
            var count = Open(email);
            if (count >= limit)
            {
                throw new SupportException(SupportErrorCode.RateLimited, $"Je hebt al {limit} live-abonnementen open; sluit er eerst een.");
            }

            if (count == 0 ? _open.TryAdd(email, 1) : _open.TryUpdate(email, count + 1, count))
            {
                return new Place(this, email);
            }
        }
    }

    private void Release(string email)
    {
        while (_open.TryGetValue(email, out var count))
        {
            if (count <= 1 ? _open.TryRemove(new KeyValuePair<string, int>(email, count)) : _open.TryUpdate(email, count - 1, count))
            {
                return;
            }
        }
    }

    private sealed class Place(LiveQuota quota, string email) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                quota.Release(email);
            }
        }
    }
}
