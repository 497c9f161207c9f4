using System.Data.Common;
using LivcR.Support.Silo.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Tests.Persistence;

/// <summary>
/// Group commit on SQLite as the system uses it: the project's own writes and Orleans' state writes (through the gated
/// data source) share transactions, each caller learns its own outcome only after the commit.
/// </summary>
public sealed class BatchedWriterTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly PersistenceOptions _options;
    private readonly BatchedWriter _writer;
    private readonly GatedSqliteDataSource _source;

    public BatchedWriterTests()
    {
        _options = new PersistenceOptions { Provider = PersistenceProvider.Sqlite, SqlitePath = _folder.File("batch.db") };
        _writer = new BatchedWriter(Options.Create(_options));
        _source = new GatedSqliteDataSource(_options.EffectiveConnectionString, SqliteWriteGate.For(_options.SqliteFullPath), _writer);
        using var setup = new SqliteConnection(_options.EffectiveConnectionString);
        setup.Open();
        using var create = setup.CreateCommand();
        create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE state (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, payload BLOB NULL);";
        create.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        _source.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task OrleansStyleWrite_ReturningAVersion_GivesTheValueAfterCommitAndIsStored()
    {
        var payload = new byte[] { 1, 2, 3 };

        var version = await WriteAsync(7, payload);

        Assert.Equal(1, version);
        Assert.Equal(payload, await ReadPayloadAsync(7));
    }

    [Fact]
    public async Task ManyParallelWrites_AllStoredWithTheirOwnResults()
    {
        var writes = Enumerable.Range(1, 40).Select(id => WriteAsync(id, [(byte)id])).ToArray();

        var versions = await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.All(versions, v => Assert.Equal(1, v));
        Assert.Equal(40L, await ScalarAsync("SELECT COUNT(*) FROM state;"));
        Assert.Equal(new byte[] { 33 }, await ReadPayloadAsync(33));
    }

    [Fact]
    public async Task FailingStatementInABatch_FailsOnlyItsCaller()
    {
        var good = Enumerable.Range(100, 10).Select(id => WriteAsync(id, [1])).ToList();
        var bad = ExecuteAsync("INSERT INTO no_such_table (v) VALUES (1) RETURNING v;");
        good.AddRange(Enumerable.Range(200, 10).Select(id => WriteAsync(id, [2])));

        await Assert.ThrowsAsync<SqliteException>(() => bad);
        await Task.WhenAll(good).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(20L, await ScalarAsync("SELECT COUNT(*) FROM state;"));
    }

    [Fact]
    public async Task ConditionalUpdate_ThatMatchesNoRow_ReturnsNoRowAndChangesNothing()
    {
        await WriteAsync(5, [1]);

        var stale = await UpdateAsync(5, expectedVersion: 7, [9]);
        var current = await UpdateAsync(5, expectedVersion: 1, [2]);

        Assert.Null(stale);
        Assert.Equal(2, current);
        Assert.Equal(new byte[] { 2 }, await ReadPayloadAsync(5));
    }

    [Fact]
    public async Task OwnWorkAndOrleansWrites_Interleaved_SeeEachOthersCommittedRows()
    {
        await WriteAsync(1, [1]);

        var seen = await _writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE state SET payload = x'0A' WHERE id = 1 RETURNING version;";
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(1, seen);
        Assert.Equal(new byte[] { 10 }, await ReadPayloadAsync(1));
    }

    [Fact]
    public async Task BufferedResult_TypedGetters_ConvertLikeTheProviderReader()
    {
        await using var connection = await _source.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO state (id, version, payload) VALUES (50, 3, NULL) RETURNING id, version, payload, 'x' AS label;";
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync());
        Assert.Equal(50, reader.GetInt32(reader.GetOrdinal("id")));
        Assert.Equal(3L, reader.GetValue(1));
        Assert.True(reader.IsDBNull(2));
        Assert.Null(reader.GetFieldValue<int?>(2));
        Assert.Equal("x", reader.GetString(reader.GetOrdinal("LABEL")));
        Assert.False(await reader.ReadAsync());
        Assert.False(await reader.NextResultAsync());
    }

    private async Task<int?> WriteAsync(int id, byte[] payload)
    {
        await using var connection = await _source.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO state (id, version, payload) VALUES (@id, 1, @payload) RETURNING version AS NewVersion;";
        Add(command, "@id", id);
        Add(command, "@payload", payload);
        return await ReadVersionAsync(command);
    }

    private async Task<int?> UpdateAsync(int id, int expectedVersion, byte[] payload)
    {
        await using var connection = await _source.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE state SET payload = @payload, version = version + 1 WHERE id = @id AND version = @expected RETURNING version AS NewVersion;";
        Add(command, "@id", id);
        Add(command, "@expected", expectedVersion);
        Add(command, "@payload", payload);
        return await ReadVersionAsync(command);
    }

    private static async Task<int?> ReadVersionAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? reader.GetInt32(reader.GetOrdinal("NewVersion")) : null;
    }

    private async Task ExecuteAsync(string text)
    {
        await using var connection = await _source.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        await using var reader = await command.ExecuteReaderAsync();
    }

    private async Task<byte[]?> ReadPayloadAsync(int id)
    {
        await using var connection = new SqliteConnection(_options.EffectiveConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM state WHERE id = @id;";
        Add(command, "@id", id);
        return await command.ExecuteScalarAsync() as byte[];
    }

    private async Task<long> ScalarAsync(string text)
    {
        await using var connection = new SqliteConnection(_options.EffectiveConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
