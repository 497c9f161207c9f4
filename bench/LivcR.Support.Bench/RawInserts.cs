using System.Diagnostics;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Bench;

/// <summary>The plain INSERT rate of a comparable row into the same database, one pooled connection per insert.</summary>
internal static class RawInserts
{
    public static async Task<double> RunAsync(PersistenceOptions options, int count, int concurrency)
    {
        await using (var setup = await DatabaseBootstrap.OpenAsync(options))
        {
            await using var create = setup.CreateCommand();
            create.CommandText = "CREATE TABLE IF NOT EXISTS bench_raw (number VARCHAR(40) PRIMARY KEY, subject VARCHAR(200) NOT NULL, body TEXT NOT NULL, municipality VARCHAR(5) NOT NULL, created VARCHAR(40) NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }

        var prefix = Guid.NewGuid().ToString("N")[..8];
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await using var connection = await DatabaseBootstrap.OpenAsync(options);
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO bench_raw (number, subject, body, municipality, created) VALUES (@n, @s, @b, @m, @c)";
                Add(insert, "@n", $"{prefix}-{i}");
                Add(insert, "@s", "Casusoverleg en gedeeld beroepsgeheim");
                Add(insert, "@b", string.Concat(Enumerable.Repeat("We willen graag advies over de samenstelling van onze veiligheidscel. ", 5)));
                Add(insert, "@m", "44021");
                Add(insert, "@c", DateTimeOffset.UtcNow.ToString("O"));
                await insert.ExecuteNonQueryAsync();
            }
        }));
        return count / wall.Elapsed.TotalSeconds;
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
