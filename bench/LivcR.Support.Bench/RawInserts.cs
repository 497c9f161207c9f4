using System.Data.Common;
using System.Diagnostics;
using LivcR.Support.Silo.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LivcR.Support.Bench;

/// <summary>
/// The plain INSERT rate of a comparable row (number, municipality, subject, body, requester, time) straight into the
/// system's own database: same SQLite file (WAL, default synchronous) or same PostgreSQL server, same connection string,
/// one pooled connection opened per insert, autocommit. Each worker is its own thread using the synchronous API,
/// so concurrency 16 really is 16 writers (Microsoft.Data.Sqlite's async methods complete synchronously).
/// </summary>
internal static class RawInserts
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(20);

    public static Latency Run(PersistenceOptions options, string series, int count, int concurrency)
    {
        using (var setup = Open(options))
        {
            using var create = setup.CreateCommand();
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS bench_raw (
                    number VARCHAR(40) NOT NULL PRIMARY KEY,
                    municipality_nis_code VARCHAR(5) NOT NULL,
                    subject VARCHAR(200) NOT NULL,
                    body TEXT NOT NULL,
                    requester_email VARCHAR(200) NOT NULL,
                    created_at VARCHAR(40) NOT NULL)
                """;
            create.ExecuteNonQuery();
        }

        var timings = new double[count];
        var next = -1;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && wall.Elapsed < Cap)
            {
                var started = Stopwatch.GetTimestamp();
                using (var connection = Open(options))
                {
                    using var insert = connection.CreateCommand();
                    insert.CommandText = "INSERT INTO bench_raw (number, municipality_nis_code, subject, body, requester_email, created_at) VALUES (@n, @m, @s, @b, @e, @c)";
                    Add(insert, "@n", $"{series}-{i:D6}");
                    Add(insert, "@m", "44021");
                    Add(insert, "@s", TextCorpus.Subject(i));
                    Add(insert, "@b", TextCorpus.Body(i));
                    Add(insert, "@e", TextCorpus.RequesterEmail(i));
                    Add(insert, "@c", DateTimeOffset.UtcNow.ToString("O"));
                    insert.ExecuteNonQuery();
                }

                timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })
        { IsBackground = true, Name = $"raw-insert-{series}" }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        wall.Stop();
        return Latency.From(timings.Where(t => t > 0).ToArray(), wall.Elapsed);
    }

    private static DbConnection Open(PersistenceOptions options)
    {
        DbConnection connection = options.Provider == PersistenceProvider.Sqlite
            ? new SqliteConnection(options.EffectiveConnectionString)
            : new NpgsqlConnection(options.EffectiveConnectionString);
        connection.Open();
        return connection;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
