using Microsoft.Data.Sqlite;

namespace LivcR.Support.Silo.Persistence;

/// <summary>A SQLite connection that holds its file's <see cref="SqliteWriteGate"/> from open to close.</summary>
public sealed class GatedSqliteConnection(string connectionString, SqliteWriteGate gate) : SqliteConnection(connectionString)
{
    private int _holding;

    /// <inheritdoc />
    public override void Open()
    {
        gate.Enter();
        OpenHolding();
    }

    /// <inheritdoc />
    public override async Task OpenAsync(CancellationToken cancellationToken)
    {
        await gate.EnterAsync(cancellationToken);
        OpenHolding();
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
            if (Interlocked.Exchange(ref _holding, 0) == 1)
            {
                gate.Leave();
            }
        }
    }

    private void OpenHolding()
    {
        try
        {
            base.Open();
            Volatile.Write(ref _holding, 1);
        }
        catch
        {
            gate.Leave();
            throw;
        }
    }
}
