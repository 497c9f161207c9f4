using System.Data.Common;
using System.Globalization;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>What differs between SQLite and PostgreSQL in the read model's SQL: times, booleans, full text.</summary>
public sealed class SqlDialect(PersistenceProvider provider)
{
    private const string SqliteTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>SQLite or PostgreSQL.</summary>
    public PersistenceProvider Provider { get; } = provider;

    /// <summary>True for SQLite.</summary>
    public bool IsSqlite => Provider == PersistenceProvider.Sqlite;

    /// <summary>The latest possible time, for sorting open-ended values last.</summary>
    public string MaxTime => IsSqlite ? "'9999-12-31T00:00:00.0000000Z'" : "'infinity'::timestamptz";

    /// <summary>A time as a parameter value.</summary>
    public object Time(DateTimeOffset? value) => value is { } v
        ? IsSqlite ? v.UtcDateTime.ToString(SqliteTimeFormat, CultureInfo.InvariantCulture) : v.ToUniversalTime()
        : DBNull.Value;

    /// <summary>A boolean as a parameter value.</summary>
    public object Bool(bool value) => IsSqlite ? (value ? 1 : 0) : value;

    /// <summary>Reads a time column.</summary>
    public static DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal)
        ? null
        : reader.GetValue(ordinal) switch
        {
            DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            DateTimeOffset o => o,
            var text => DateTimeOffset.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        };

    /// <summary>Adds a named parameter.</summary>
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// The full-text condition on a ticket row aliased <c>t</c>, with the query in parameter <c>@text</c>. On SQLite the FTS rows
    /// share the ticket rows' rowids, so a hit costs no lookup of the stored number.
    /// </summary>
    public string TextCondition(bool includeNotes) => IsSqlite
        ? "t.rowid IN (SELECT rowid FROM livcr_ticket_fts WHERE livcr_ticket_fts MATCH @text)"
        : includeNotes
            ? "(t.public_tsv @@ plainto_tsquery('dutch', @text) OR t.note_tsv @@ plainto_tsquery('dutch', @text))"
            : "t.public_tsv @@ plainto_tsquery('dutch', @text)";

    /// <summary>The value bound to <c>@text</c>: for FTS5 a safe expression of quoted prefix terms, restricted to public text unless notes count.</summary>
    public string TextParameter(string text, bool includeNotes)
    {
        if (!IsSqlite)
        {
            return text;
        }

        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string(t.Where(c => char.IsLetterOrDigit(c) || c == '-').ToArray()))
            .Where(t => t.Length > 0)
            .Select(t => $"\"{t}\"*");
        var expression = string.Join(" AND ", terms);
        return expression.Length == 0 ? "\"\"" : includeNotes ? $"{{public_text note_text}} : ({expression})" : $"public_text : ({expression})";
    }
}
