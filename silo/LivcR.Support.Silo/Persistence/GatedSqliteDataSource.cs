using System.Data.Common;

namespace LivcR.Support.Silo.Persistence;

/// <summary>Hands out write-gated <see cref="GatedSqliteConnection"/>s; given to Orleans' ADO.NET grain storage and reminder table.</summary>
public sealed class GatedSqliteDataSource(string connectionString, SqliteWriteGate gate) : DbDataSource
{
    /// <inheritdoc />
    public override string ConnectionString => connectionString;

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection() => new GatedSqliteConnection(connectionString, gate, gateWritesOnly: true);
}
