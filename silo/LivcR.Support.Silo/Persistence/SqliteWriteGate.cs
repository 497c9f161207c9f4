using System.Collections.Concurrent;

namespace LivcR.Support.Silo.Persistence;

/// <summary>
/// One writer at a time per SQLite file within this process.
/// </summary>
/// <remarks>
/// SQLite allows one writer per file. When two connections collide, Microsoft.Data.Sqlite retries after sleeping
/// 150 ms on the calling thread, so under load most of a submission's time went to those sleeps. Every connection that may
/// write (grain state, reminders, the read model, the audit trail, attachments) first enters this gate, so writers queue in
/// memory instead of colliding on the file lock. Readers of the read model do not enter: WAL lets them read while one
/// connection writes. Standalone mode has exactly one process on the file, which is what makes an in-process gate enough.
/// </remarks>
public sealed class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _semaphore = new(1, 1);

    private SqliteWriteGate()
    {
    }

    /// <summary>The gate of one database file (by full path).</summary>
    public static SqliteWriteGate For(string databaseFullPath) => Gates.GetOrAdd(databaseFullPath, _ => new SqliteWriteGate());

    /// <summary>Waits for the gate.</summary>
    public Task EnterAsync(CancellationToken cancellationToken = default) => _semaphore.WaitAsync(cancellationToken);

    /// <summary>Waits for the gate, blocking the thread (for synchronous ADO.NET calls).</summary>
    public void Enter() => _semaphore.Wait();

    /// <summary>Lets the next writer in.</summary>
    public void Leave() => _semaphore.Release();
}
