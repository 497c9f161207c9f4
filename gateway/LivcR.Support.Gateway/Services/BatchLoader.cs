using GraphQL.DataLoader;

namespace LivcR.Support.Gateway.Services;

/// <summary>
/// Loads what the resolvers of one request ask for in one go (GraphQL.NET's <see cref="IDataLoaderResult{T}"/>):
/// <see cref="Load"/> only notes a key and hands back a pending result; GraphQL.NET asks pending results for their values
/// after it resolved the fields around them, and the first one asked loads every key noted so far with one call.
/// </summary>
/// <remarks>
/// One instance per request (a scoped service holds it); nothing is cached across requests. Safe for the parallel
/// execution strategy, which may ask several results at once: they share one load. A key noted after a load started goes
/// into the next one.
/// </remarks>
/// <param name="load">Loads the values of a set of keys; a key without a value is left out of the answer.</param>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load)
    where TKey : notnull
    where TValue : class
{
    private readonly Lock _gate = new();
    private Batch _open = new();

    /// <summary>A result that is known already to be nothing (no key to load).</summary>
    public IDataLoaderResult<TValue?> None { get; } = new Known(null);

    /// <summary>The value of <paramref name="key"/>, loaded with the other keys noted before the first result is asked for.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            _open.Keys.Add(key);
            return new Pending(this, _open, key);
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Loading is null)
            {
                if (ReferenceEquals(batch, _open))
                {
                    _open = new Batch();
                }

                batch.Loading = load(batch.Keys, cancellationToken);
            }

            return batch.Loading;
        }
    }

    private sealed class Batch
    {
        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Loading { get; set; }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> owner, Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await owner.RunAsync(batch, cancellationToken)).GetValueOrDefault(key);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Known(TValue? value) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
