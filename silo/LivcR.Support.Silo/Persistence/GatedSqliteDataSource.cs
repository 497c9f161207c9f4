using System.Data.Common;

namespace LivcR.Support.Silo.Persistence;

/// <summary>Hands out write-gated <see cref="GatedSqliteConnection"/>s; given to Orleans' ADO.NET grain storage and reminder table.</summary>
/// <remarks>
/// With a <see cref="BatchedWriter"/>, a grain's state write joins the same group commit as the read-model rows, audit
/// entries and outbox mail: one transaction and one fsync for many writers under load, each write still acknowledged only
/// after its commit.
/// </remarks>
public sealed class GatedSqliteDataSource(string connectionString, SqliteWriteGate gate, BatchedWriter? batch = null) : DbDataSource
{
    /// <inheritdoc />
    public override string ConnectionString => connectionString;

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection() => new GatedSqliteConnection(connectionString, gate, gateWritesOnly: true, batch);
}
