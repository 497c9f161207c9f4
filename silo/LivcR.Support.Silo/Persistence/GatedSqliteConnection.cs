using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LivcR.Support.Silo.Persistence;

/// <summary>
/// A SQLite connection that holds its file's <see cref="SqliteWriteGate"/> while it may write.
/// </summary>
/// <remarks>
/// Two ways: the project's own writers hold the gate from open to close (<c>gateWritesOnly: false</c>); Orleans'
/// providers, whose connections run one statement each, hold it only while a statement that is not a <c>SELECT</c> runs,
/// from its execution until its reader is closed (when SQLite ends the implicit transaction). Reads such as a grain's
/// activation never wait for writers.
/// </remarks>
public sealed class GatedSqliteConnection(string connectionString, SqliteWriteGate gate, bool gateWritesOnly = false, BatchedWriter? batch = null) : SqliteConnection(connectionString)
{
    /// <summary>The group commit its asynchronous writing statements join, if any (only with <c>gateWritesOnly</c>).</summary>
    internal BatchedWriter? Batch => gateWritesOnly ? batch : null;

    private int _holding;

    /// <inheritdoc />
    public override void Open()
    {
        if (!gateWritesOnly)
        {
            gate.Enter();
            Volatile.Write(ref _holding, 1);
        }

        OpenReleasingOnFailure();
    }

    /// <inheritdoc />
    public override async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (!gateWritesOnly)
        {
            await gate.EnterAsync(cancellationToken);
            Volatile.Write(ref _holding, 1);
        }

        OpenReleasingOnFailure();
    }

    /// <inheritdoc />
    public override void Close()
    {
        try
        {
            base.Close();
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>Enters the gate for a writing statement, unless this connection holds it already.</summary>
    internal async Task EnterForWriteAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _holding) == 0)
        {
            await gate.EnterAsync(cancellationToken);
            Volatile.Write(ref _holding, 1);
        }
    }

    /// <summary>Synchronous <see cref="EnterForWriteAsync"/>.</summary>
    internal void EnterForWrite()
    {
        if (Volatile.Read(ref _holding) == 0)
        {
            gate.Enter();
            Volatile.Write(ref _holding, 1);
        }
    }

    /// <summary>Lets the next writer in, if this connection holds the gate.</summary>
    internal void Leave()
    {
        if (Interlocked.Exchange(ref _holding, 0) == 1)
        {
            gate.Leave();
        }
    }

    /// <inheritdoc />
    protected override DbCommand CreateDbCommand() =>
        gateWritesOnly ? new GatedSqliteCommand(this) { CommandTimeout = DefaultTimeout } : base.CreateDbCommand();

    private void OpenReleasingOnFailure()
    {
        try
        {
            base.Open();
        }
        catch
        {
            Leave();
            throw;
        }
    }
}
