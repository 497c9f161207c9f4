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
/// is rolled back to its savepoint and fails only its own caller. On SQLite, Orleans' grain state and reminder writes join the same batches (see <see cref="GatedSqliteDataSource"/>).
/// </remarks>
public sealed class BatchedWriter : IAsyncDisposable
{
    /// <summary>Most pieces of work in one transaction.</summary>
    public const int MaxBatch = 256;

    private readonly PersistenceOptions _options;
    private readonly Channel<IWork> _queue = Channel.CreateUnbounded<IWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _loop;
    private DbConnection? _connection;

    /// <summary>Creates the writer; its loop starts with the first piece of work.</summary>
    public BatchedWriter(IOptions<PersistenceOptions> options)
    {
        _options = options.Value;
        _loop = new Lazy<Task>(StartLoop, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private interface IWork
    {
        Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

        void Committed();

        void Fail(Exception exception);
    }

    /// <summary>
    /// True when Orleans' grain-state writes go through this writer too (SQLite: see <see cref="GatedSqliteDataSource"/>).
    /// Then work queued before a state write commits no later than that write (first in, first committed), so a caller may
    /// queue a row that must precede the write and start the write without waiting for the row's commit.
    /// </summary>
    public bool CarriesGrainWrites { get; private set; }

    /// <summary>Records that grain-state writes are routed through this writer.</summary>
    internal void CarryGrainWrites() => CarriesGrainWrites = true;

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

        await CloseConnectionAsync();
    }

    /// <summary>
    /// Runs the loop on a thread of its own: the writer is the one serial step every write waits for, so it must not queue
    /// behind request work in the thread pool between batches (SQLite's calls are synchronous anyway).
    /// </summary>
    private Task StartLoop()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Loop();
                done.TrySetResult();
            }
            catch (Exception ex)
            {
                done.TrySetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "livcr-batched-writer",
        };
        thread.Start();
        return done.Task;
    }

    private void Loop()
    {
        var batch = new List<IWork>(MaxBatch);
        while (WaitForWork())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            RunBatchAsync(batch).GetAwaiter().GetResult();
        }
    }

    private bool WaitForWork()
    {
        var wait = _queue.Reader.WaitToReadAsync();
        return wait.IsCompleted ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }

    private async Task RunBatchAsync(List<IWork> batch)
    {
        var done = new List<IWork>(batch.Count);
        var gate = _options.Provider == PersistenceProvider.Sqlite ? SqliteWriteGate.For(_options.SqliteFullPath) : null;
        try
        {
            if (gate is not null)
            {
                await gate.EnterAsync();
            }

            try
            {
                var connection = await ConnectionAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                foreach (var item in batch)
                {
                    // One savepoint name for every item: each is released (or rolled back and released) before the next.
                    await ExecuteAsync(connection, transaction, "SAVEPOINT w");
                    try
                    {
                        await item.RunAsync(connection, transaction, CancellationToken.None);
                        await ExecuteAsync(connection, transaction, "RELEASE SAVEPOINT w");
                        done.Add(item);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        await ExecuteAsync(connection, transaction, "ROLLBACK TO SAVEPOINT w");
                        await ExecuteAsync(connection, transaction, "RELEASE SAVEPOINT w");
                        item.Fail(ex);
                    }
                }

                await transaction.CommitAsync();
            }
            finally
            {
                gate?.Leave();
            }
        }
        catch (Exception ex)
        {
            // The connection may be broken (a PostgreSQL restart, a full disk): the next batch opens a fresh one.
            await CloseConnectionAsync();
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

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string text)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The writer's own connection, kept open between batches: on SQLite its page cache stays warm across its own
    /// commits (a pooled connection would start cold after every write by another), and its statements stay compiled
    /// (<see cref="StatementCachingSqliteConnection"/>).
    /// </summary>
    private async Task<DbConnection> ConnectionAsync()
    {
        if (_connection is { State: System.Data.ConnectionState.Open } open)
        {
            return open;
        }

        await CloseConnectionAsync();
        if (_options.Provider == PersistenceProvider.Sqlite)
        {
            var sqlite = new StatementCachingSqliteConnection(_options.EffectiveConnectionString);
            try
            {
                await sqlite.OpenAsync();
            }
            catch
            {
                await sqlite.DisposeAsync();
                throw;
            }

            _connection = sqlite;
        }
        else
        {
            _connection = await DatabaseBootstrap.OpenAsync(_options);
        }

        return _connection;
    }

    private async Task CloseConnectionAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
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
