using System.Data.Common;

namespace LivcR.Support.Silo.Persistence;

/// <summary>Hands out write-gated <see cref="GatedSqliteConnection"/>s; given to Orleans' ADO.NET grain storage and reminder table.</summary>
/// <remarks>
/// With a <see cref="BatchedWriter"/>, a grain's state write joins the same group commit as the read-model rows, audit
/// entries and outbox mail: one transaction and one fsync for many writers under load, each write still acknowledged only
/// after its commit.
/// </remarks>
public sealed class GatedSqliteDataSource : DbDataSource
{
    private readonly string _connectionString;
    private readonly SqliteWriteGate _gate;
    private readonly BatchedWriter? _batch;

    /// <summary>Creates the source; with <paramref name="batch"/>, writing statements join that writer's group commit.</summary>
    public GatedSqliteDataSource(string connectionString, SqliteWriteGate gate, BatchedWriter? batch = null)
    {
        _connectionString = connectionString;
        _gate = gate;
        _batch = batch;
        batch?.CarryGrainWrites();
    }

    /// <inheritdoc />
    public override string ConnectionString => _connectionString;

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection() => new GatedSqliteConnection(_connectionString, _gate, gateWritesOnly: true, _batch);
}
