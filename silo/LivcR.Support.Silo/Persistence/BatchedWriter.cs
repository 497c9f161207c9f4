using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Persistence;

/// <summary>
/// Group commit for the project's own small writes (read-model rows, audit entries): whatever is queued while one
/// transaction commits goes into the next one, each piece of work in its own savepoint.
/// </summary>
/// <remarks>
/// A caller's task completes only after the transaction holding its work has committed, so durability and read-your-writes
/// are as with a transaction of its own; the gain is one commit (one fsync) for many callers under load. Work that fails
/// is rolled back to its savepoint and fails only its own caller. Grain state is written by Orleans' ADO.NET provider, not here.
/// </remarks>
public sealed class BatchedWriter : IAsyncDisposable
{
    /// <summary>Most pieces of work in one transaction.</summary>
    public const int MaxBatch = 256;

    private readonly PersistenceOptions _options;
    private readonly Channel<IWork> _queue = Channel.CreateUnbounded<IWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _loop;

    /// <summary>Creates the writer; its loop starts with the first piece of work.</summary>
    public BatchedWriter(IOptions<PersistenceOptions> options)
    {
        _options = options.Value;
        _loop = new Lazy<Task>(() => Task.Run(LoopAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private interface IWork
    {
        Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

        void Committed();

        void Fail(Exception exception);
    }

    /// <summary>Runs <paramref name="work"/> inside the next batch transaction; completes after that transaction committed.</summary>
    public Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        var item = new Work<T>(work, cancellationToken);
        if (!_queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(BatchedWriter));
        }

        _ = _loop.Value;
        return item.Completion;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop.IsValueCreated)
        {
            await _loop.Value;
        }
    }

    private async Task LoopAsync()
    {
        var batch = new List<IWork>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await RunBatchAsync(batch);
        }
    }

    private async Task RunBatchAsync(List<IWork> batch)
    {
        var done = new List<IWork>(batch.Count);
        try
        {
            await using var connection = await DatabaseBootstrap.OpenForWriteAsync(_options);
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await transaction.SaveAsync(savepoint);
                try
                {
                    await batch[i].RunAsync(connection, transaction, CancellationToken.None);
                    await transaction.ReleaseAsync(savepoint);
                    done.Add(batch[i]);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    await transaction.RollbackAsync(savepoint);
                    batch[i].Fail(ex);
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception ex)
        {
            foreach (var item in batch)
            {
                item.Fail(ex);
            }

            return;
        }

        foreach (var item in done)
        {
            item.Committed();
        }
    }

    private sealed class Work<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) : IWork
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Completion => _completion.Task;

        public async Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken ignored)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _result = await work(connection, transaction, cancellationToken);
        }

        public void Committed() => _completion.TrySetResult(_result!);

        public void Fail(Exception exception) => _completion.TrySetException(exception);
    }
}
