using System.Data.Common;
using LivcR.Support.Silo.Persistence;
using Microsoft.Data.Sqlite;

namespace LivcR.Support.Tests.Persistence;

/// <summary>The batch writer's connection: ordinary ADO.NET for callers, each statement compiled once.</summary>
public sealed class StatementCachingSqliteConnectionTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly StatementCachingSqliteConnection _connection;

    public StatementCachingSqliteConnectionTests()
    {
        _connection = new StatementCachingSqliteConnection(new SqliteConnectionStringBuilder { DataSource = _folder.File("cache.db"), Pooling = false }.ToString());
        _connection.Open();
        using var create = new SqliteCommand("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);", _connection);
        create.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task SameStatement_RunManyTimesWithOtherValues_CompiledOnceAndEveryRowRight()
    {
        for (var i = 1; i <= 100; i++)
        {
            await using var insert = Command("INSERT INTO t (id, v) VALUES (@id, @v);", ("@id", i), ("@v", $"row {i}"));
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        await using var read = Command("SELECT v FROM t WHERE id = @id;", ("@id", 42));
        Assert.Equal("row 42", await read.ExecuteScalarAsync());
        await using var count = Command("SELECT COUNT(*) FROM t;");
        Assert.Equal(100L, await count.ExecuteScalarAsync());
        Assert.Equal(3, _connection.CompiledCount);
    }

    [Fact]
    public async Task StatementWhoseReaderIsStillOpen_RunAgain_GetsItsOwnStatement()
    {
        await using (var seed = Command("INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b');"))
        {
            await seed.ExecuteNonQueryAsync();
        }

        await using var first = Command("SELECT v FROM t WHERE id >= @id ORDER BY id;", ("@id", 1));
        await using var outer = await first.ExecuteReaderAsync();
        Assert.True(await outer.ReadAsync());
        await using var second = Command("SELECT v FROM t WHERE id >= @id ORDER BY id;", ("@id", 2));
        var inner = await second.ExecuteScalarAsync();

        Assert.Equal("a", outer.GetString(0));
        Assert.Equal("b", inner);
        Assert.True(await outer.ReadAsync());
        Assert.Equal("b", outer.GetString(0));
    }

    [Fact]
    public async Task FailingStatement_LeavesTheConnectionUsable()
    {
        await using var bad = Command("INSERT INTO t (id, v) VALUES (@id, NULL);", ("@id", 1));
        await Assert.ThrowsAsync<SqliteException>(() => bad.ExecuteNonQueryAsync());

        await using var good = Command("INSERT INTO t (id, v) VALUES (@id, 'ok');", ("@id", 1));
        Assert.Equal(1, await good.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task ManyDifferentStatements_KeepsAtMostTheLimit()
    {
        for (var i = 0; i < StatementCachingSqliteConnection.MaxStatements + 20; i++)
        {
            await using var command = Command($"SELECT {i};");
            Assert.Equal((long)i, await command.ExecuteScalarAsync());
        }

        Assert.Equal(StatementCachingSqliteConnection.MaxStatements, _connection.CompiledCount);
    }

    private DbCommand Command(string text, params (string Name, object Value)[] parameters)
    {
        DbConnection connection = _connection;
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
