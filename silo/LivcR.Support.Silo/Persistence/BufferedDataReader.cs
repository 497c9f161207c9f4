using System.Collections;
using System.Data.Common;
using System.Globalization;

namespace LivcR.Support.Silo.Persistence;

/// <summary>
/// The complete result of a statement, read into memory: what a writing statement of Orleans' providers returns
/// (<c>RETURNING</c> a version or an ETag) after it ran inside a <see cref="BatchedWriter"/> transaction.
/// </summary>
/// <remarks>
/// Values are kept as the provider's reader gave them (<see cref="DbDataReader.GetValue"/>), so casts behave as on the
/// original reader; the typed getters convert like Microsoft.Data.Sqlite's (an INTEGER read as <see cref="int"/>).
/// Meant for the few rows such statements return, not for large results.
/// </remarks>
public sealed class BufferedDataReader : DbDataReader
{
    private readonly List<ResultSet> _sets;
    private int _set;
    private int _row = -1;
    private bool _closed;

    private BufferedDataReader(List<ResultSet> sets, int recordsAffected)
    {
        _sets = sets;
        RecordsAffected = recordsAffected;
    }

    /// <inheritdoc />
    public override int FieldCount => Current.Names.Length;

    /// <inheritdoc />
    public override bool HasRows => Current.Rows.Count > 0;

    /// <inheritdoc />
    public override bool IsClosed => _closed;

    /// <inheritdoc />
    public override int RecordsAffected { get; }

    /// <inheritdoc />
    public override int Depth => 0;

    private ResultSet Current => _set < _sets.Count ? _sets[_set] : ResultSet.Empty;

    private object[] Row => _row >= 0 && _row < Current.Rows.Count
        ? Current.Rows[_row]
        : throw new InvalidOperationException("No current row: call Read first.");

    /// <inheritdoc />
    public override object this[int ordinal] => GetValue(ordinal);

    /// <inheritdoc />
    public override object this[string name] => GetValue(GetOrdinal(name));

    /// <summary>Reads every row of every result set of <paramref name="reader"/>.</summary>
    public static async Task<BufferedDataReader> LoadAsync(DbDataReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sets = new List<ResultSet>();
        do
        {
            var names = new string[reader.FieldCount];
            var types = new Type[reader.FieldCount];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = reader.GetName(i);
                types[i] = reader.GetFieldType(i);
            }

            var rows = new List<object[]>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new object[names.Length];
                reader.GetValues(values);
                rows.Add(values);
            }

            sets.Add(new ResultSet(names, types, rows));
        }
        while (await reader.NextResultAsync(cancellationToken));

        return new BufferedDataReader(sets, reader.RecordsAffected);
    }

    /// <inheritdoc />
    public override bool Read()
    {
        if (_closed || _row + 1 >= Current.Rows.Count)
        {
            _row = Current.Rows.Count;
            return false;
        }

        _row++;
        return true;
    }

    /// <inheritdoc />
    public override bool NextResult()
    {
        if (_closed || _set + 1 >= _sets.Count)
        {
            _set = _sets.Count;
            return false;
        }

        _set++;
        _row = -1;
        return true;
    }

    /// <inheritdoc />
    public override void Close() => _closed = true;

    /// <inheritdoc />
    public override string GetName(int ordinal) => Current.Names[ordinal];

    /// <inheritdoc />
    public override int GetOrdinal(string name)
    {
        var names = Current.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new IndexOutOfRangeException($"No column named {name}.");
    }

    /// <inheritdoc />
    public override Type GetFieldType(int ordinal) => Current.Types[ordinal];

    /// <inheritdoc />
    public override string GetDataTypeName(int ordinal) => Current.Types[ordinal].Name;

    /// <inheritdoc />
    public override object GetValue(int ordinal) => Row[ordinal];

    /// <inheritdoc />
    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(values.Length, FieldCount);
        Array.Copy(Row, values, count);
        return count;
    }

    /// <inheritdoc />
    public override bool IsDBNull(int ordinal) => Row[ordinal] is DBNull;

    /// <inheritdoc />
    public override T GetFieldValue<T>(int ordinal)
    {
        var value = Row[ordinal];
        if (value is T typed)
        {
            return typed;
        }

        if (value is DBNull && default(T) is null)
        {
            return default!;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override bool GetBoolean(int ordinal) => Convert.ToBoolean(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override byte GetByte(int ordinal) => Convert.ToByte(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override char GetChar(int ordinal) => Convert.ToChar(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override DateTime GetDateTime(int ordinal) => Row[ordinal] is string text
        ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
        : Convert.ToDateTime(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override double GetDouble(int ordinal) => Convert.ToDouble(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override float GetFloat(int ordinal) => Convert.ToSingle(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override Guid GetGuid(int ordinal) => Row[ordinal] switch
    {
        Guid guid => guid,
        byte[] bytes => new Guid(bytes),
        var other => Guid.Parse(Convert.ToString(other, CultureInfo.InvariantCulture)!),
    };

    /// <inheritdoc />
    public override short GetInt16(int ordinal) => Convert.ToInt16(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override int GetInt32(int ordinal) => Convert.ToInt32(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override long GetInt64(int ordinal) => Convert.ToInt64(Row[ordinal], CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string GetString(int ordinal) => Convert.ToString(Row[ordinal], CultureInfo.InvariantCulture)!;

    /// <inheritdoc />
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        var bytes = (byte[])Row[ordinal];
        if (buffer is null)
        {
            return bytes.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, bytes.Length - dataOffset));
        Array.Copy(bytes, dataOffset, buffer, bufferOffset, count);
        return count;
    }

    /// <inheritdoc />
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    private sealed record ResultSet(string[] Names, Type[] Types, List<object[]> Rows)
    {
        public static readonly ResultSet Empty = new([], [], []);
    }
}
