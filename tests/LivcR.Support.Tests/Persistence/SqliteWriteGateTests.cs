using System.Data.Common;
using LivcR.Support.Silo.Persistence;
using Microsoft.Data.Sqlite;

namespace LivcR.Support.Tests.Persistence;

/// <summary>The write gate as Orleans' providers use it: one statement per connection, writes queue, reads never wait.</summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly GatedSqliteDataSource _source;

    public SqliteWriteGateTests()
    {
        var path = _folder.File("gate.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString();
        _source = new GatedSqliteDataSource(connectionString, SqliteWriteGate.For(path));
        using var setup = new SqliteConnection(connectionString);
        setup.Open();
        using var create = setup.CreateCommand();
        create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL); INSERT INTO t (v) VALUES ('first');";
        create.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _source.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task SecondWriter_WaitsUntilTheFirstWritersReaderIsClosed_AndLosesNothing()
    {
        await using var first = await _source.OpenConnectionAsync();
        await using var insert = Command(first, "INSERT INTO t (v) VALUES ('one') RETURNING id;");
        var reader = await insert.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        var second = Task.Run(async () =>
        {
            await using var connection = await _source.OpenConnectionAsync();
            await using var command = Command(connection, "\n-- a comment first\nINSERT INTO t (v) VALUES ('two') RETURNING id;");
            await using var secondReader = await command.ExecuteReaderAsync();
            return await secondReader.ReadAsync();
        });
        var waited = await Task.WhenAny(second, Task.Delay(300)) != second;
        await reader.DisposeAsync();

        Assert.True(waited, "The second writer ran while the first still held the file.");
        Assert.True(await second.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3L, await ScalarAsync("SELECT COUNT(*) FROM t;"));
    }

    [Fact]
    public async Task Reader_DoesNotWaitForAWriterHoldingTheGate()
    {
        await using var writer = await _source.OpenConnectionAsync();
        await using var insert = Command(writer, "INSERT INTO t (v) VALUES ('held') RETURNING id;");
        await using var held = await insert.ExecuteReaderAsync();

        var count = await ScalarAsync("  SELECT COUNT(*) FROM t;").WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(count >= 1);
    }

    [Fact]
    public async Task FailedWrite_LetsTheNextWriterIn()
    {
        await using (var connection = await _source.OpenConnectionAsync())
        {
            await using var bad = Command(connection, "INSERT INTO no_such_table (v) VALUES ('x');");
            await Assert.ThrowsAsync<SqliteException>(() => bad.ExecuteNonQueryAsync());
        }

        await using var next = await _source.OpenConnectionAsync();
        await using var good = Command(next, "UPDATE t SET v = 'changed' WHERE id = 1;");

        Assert.Equal(1, await good.ExecuteNonQueryAsync().WaitAsync(TimeSpan.FromSeconds(5)));
    }

    private static DbCommand Command(DbConnection connection, string text)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        return command;
    }

    private async Task<long> ScalarAsync(string text)
    {
        await using var connection = await _source.OpenConnectionAsync();
        await using var command = Command(connection, text);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
