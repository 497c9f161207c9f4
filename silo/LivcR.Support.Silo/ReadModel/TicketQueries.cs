using System.Data.Common;
using System.Globalization;
using System.Text;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>Lists, counts and searches tickets in the read model, always inside the caller's scope.</summary>
public sealed class TicketQueries(IOptions<PersistenceOptions> options, [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
{
    private const string SummaryColumns =
        "t.number, t.subject, t.status, t.priority, t.category, t.municipality_nis, t.province, t.assignee, t.tags, t.confidential, " +
        "t.created_at, t.updated_at, t.due_at, t.sla_breached, t.version, t.personal_data";

    private readonly SqlDialect _dialect = new(options.Value.Provider);

    /// <summary>One page, ordered, after the cursor of the previous page.</summary>
    public async Task<TicketPage> FindAsync(TicketFilter filter, TicketScope scope, TicketOrder order, int first, string? after, CancellationToken cancellationToken = default)
    {
        if (first is < 1 or > 200)
        {
            throw SupportException.BadInput("first", "Vraag 1 tot 200 tickets per pagina.");
        }

        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        var where = Where(command, filter, scope);
        var (key, descending) = OrderKey(order);
        var total = await CountAsync(connection, where, command, cancellationToken);
        if (after is not null)
        {
            var (cursorKey, cursorNumber) = DecodeCursor(after, order);
            SqlDialect.Add(command, "@ck", cursorKey);
            SqlDialect.Add(command, "@cn", cursorNumber);
            where.Add($"({key} {(descending ? "<" : ">")} @ck OR ({key} = @ck AND t.number > @cn))");
        }

        command.CommandText = $"SELECT {SummaryColumns}, {key} AS sort_key FROM livcr_ticket t {WhereText(where)} " +
            $"ORDER BY {key} {(descending ? "DESC" : "ASC")}, t.number ASC LIMIT {first + 1}";
        var items = new List<TicketSummary>();
        var keys = new List<object>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(ReadSummary(reader));
                keys.Add(reader.GetValue(16));
            }
        }

        var hasNext = items.Count > first;
        if (hasNext)
        {
            items.RemoveAt(first);
        }

        var end = items.Count == 0 ? null : EncodeCursor(keys[items.Count - 1], items[^1].Number);
        return new TicketPage(items, hasNext, end, total);
    }

    /// <summary>How many tickets in scope have each status (for a dashboard badge).</summary>
    public async Task<IReadOnlyDictionary<TicketStatus, int>> CountByStatusAsync(TicketFilter filter, TicketScope scope, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        var where = Where(command, filter with { Statuses = null }, scope);
        command.CommandText = $"SELECT t.status, COUNT(*) FROM livcr_ticket t {WhereText(where)} GROUP BY t.status";
        var counts = Enum.GetValues<TicketStatus>().ToDictionary(s => s, _ => 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[TicketStatusNames.Parse(reader.GetString(0))] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>Ticket counts per municipality and status in one province (no content: for organisers).</summary>
    public async Task<IReadOnlyList<(string NisCode, TicketStatus Status, int Count)>> CountsByMunicipalityAsync(string provinceKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT municipality_nis, status, COUNT(*) FROM livcr_ticket WHERE province = @province AND merged_into IS NULL GROUP BY municipality_nis, status";
        SqlDialect.Add(command, "@province", provinceKey);
        var result = new List<(string, TicketStatus, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetString(0), TicketStatusNames.Parse(reader.GetString(1)), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return result;
    }

    /// <summary>Tickets still to be handled (new, open, waiting for the municipality) per assignee.</summary>
    public async Task<IReadOnlyDictionary<string, int>> OpenCountsByAssigneeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT assignee, COUNT(*) FROM livcr_ticket WHERE assignee IS NOT NULL AND merged_into IS NULL " +
            "AND status IN ('NEW', 'OPEN', 'WAITING_FOR_MUNICIPALITY') GROUP BY assignee";
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>The numbers of the tickets still to be handled that are assigned to <paramref name="email"/>.</summary>
    public async Task<IReadOnlyList<string>> OpenNumbersOfAssigneeAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT number FROM livcr_ticket WHERE assignee = @assignee AND merged_into IS NULL " +
            "AND status IN ('NEW', 'OPEN', 'WAITING_FOR_MUNICIPALITY') ORDER BY number";
        SqlDialect.Add(command, "@assignee", email.Trim().ToLowerInvariant());
        var numbers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    /// <summary>Numbers of tickets whose due time passed without escalation, or that were resolved before a moment.</summary>
    public async Task<IReadOnlyList<string>> DueForCheckAsync(DateTimeOffset now, DateTimeOffset resolvedBefore, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT number FROM livcr_ticket WHERE (due_at IS NOT NULL AND due_at < @now AND sla_breached = @no AND merged_into IS NULL AND status <> 'CLOSED') " +
            $"OR (status = 'RESOLVED' AND resolved_at < @resolvedBefore) LIMIT {limit}";
        SqlDialect.Add(command, "@now", _dialect.Time(now));
        SqlDialect.Add(command, "@no", _dialect.Bool(false));
        SqlDialect.Add(command, "@resolvedBefore", _dialect.Time(resolvedBefore));
        var numbers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    /// <summary>Tickets created or resolved in [from, to) (not merged away), for reports.</summary>
    public async Task<IReadOnlyList<ReportRow>> ForReportAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT number, created_at, resolved_at, first_response_seconds, resolution_seconds, priority, category, province, municipality_nis, assignee " +
            "FROM livcr_ticket WHERE merged_into IS NULL AND ((created_at >= @from AND created_at < @to) OR (resolved_at >= @from AND resolved_at < @to))";
        SqlDialect.Add(command, "@from", _dialect.Time(from));
        SqlDialect.Add(command, "@to", _dialect.Time(to));
        var rows = new List<ReportRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ReportRow(
                reader.GetString(0),
                SqlDialect.ReadTime(reader, 1)!.Value,
                SqlDialect.ReadTime(reader, 2),
                reader.IsDBNull(3) ? null : Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture),
                reader.IsDBNull(4) ? null : Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture),
                (TicketPriority)Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7),
                reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9)));
        }

        return rows;
    }

    private static async Task<int> CountAsync(DbConnection connection, List<string> where, DbCommand filtered, CancellationToken cancellationToken)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM livcr_ticket t {WhereText(where)}";
        foreach (DbParameter parameter in filtered.Parameters)
        {
            SqlDialect.Add(count, parameter.ParameterName, parameter.Value);
        }

        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private List<string> Where(DbCommand command, TicketFilter filter, TicketScope scope)
    {
        var where = new List<string> { "t.merged_into IS NULL" };
        if (!scope.AllTickets)
        {
            where.Add(scope.Municipalities.Count == 0 ? "1 = 0" : $"t.municipality_nis IN ({In(command, "m", scope.Municipalities)})");
            SqlDialect.Add(command, "@me", scope.Email);
            SqlDialect.Add(command, "@no_conf", _dialect.Bool(false));
            where.Add("(t.confidential = @no_conf OR t.requester_email = @me)");
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            where.Add($"t.status IN ({In(command, "s", statuses.Select(TicketStatusNames.Of))})");
        }

        if (filter.Priorities is { Count: > 0 } priorities)
        {
            where.Add($"t.priority IN ({In(command, "p", priorities.Select(p => (object)(short)p))})");
        }

        Equal(command, where, "t.category", "@category", filter.Category);
        Equal(command, where, "t.province", "@province", filter.Province);
        Equal(command, where, "t.municipality_nis", "@nis", filter.MunicipalityNisCode);
        Equal(command, where, "t.assignee", "@assignee", filter.AssigneeEmail?.Trim().ToLowerInvariant());
        if (filter.Unassigned is { } unassigned)
        {
            where.Add(unassigned ? "t.assignee IS NULL" : "t.assignee IS NOT NULL");
        }

        var now = clock.GetUtcNow();
        if (filter.SlaBreached is { } breached)
        {
            SqlDialect.Add(command, "@now", _dialect.Time(now));
            where.Add(breached ? "(t.due_at IS NOT NULL AND t.due_at < @now)" : "(t.due_at IS NULL OR t.due_at >= @now)");
        }

        if (filter.DueWithinHours is { } hours)
        {
            SqlDialect.Add(command, "@due_before", _dialect.Time(now.AddHours(hours)));
            where.Add("(t.due_at IS NOT NULL AND t.due_at <= @due_before)");
        }

        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            SqlDialect.Add(command, "@tag", $"%,{filter.Tag.Trim().ToLowerInvariant()},%");
            where.Add("t.tags LIKE @tag");
        }

        if (filter.CreatedFrom is { } from)
        {
            SqlDialect.Add(command, "@created_from", _dialect.Time(from));
            where.Add("t.created_at >= @created_from");
        }

        if (filter.CreatedTo is { } to)
        {
            SqlDialect.Add(command, "@created_to", _dialect.Time(to));
            where.Add("t.created_at < @created_to");
        }

        if (filter.PersonalData is { } personal)
        {
            where.Add(personal ? "t.personal_data <> 0" : "t.personal_data = 0");
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            SqlDialect.Add(command, "@text", _dialect.TextParameter(filter.Text, scope.AllTickets));
            where.Add(_dialect.TextCondition(scope.AllTickets));
        }

        return where;
    }

    private (string Key, bool Descending) OrderKey(TicketOrder order) => order switch
    {
        TicketOrder.DueAt => ($"COALESCE(t.due_at, {_dialect.MaxTime})", false),
        TicketOrder.Priority => ("t.priority", true),
        TicketOrder.Updated => ("t.updated_at", true),
        _ => ("t.created_at", true),
    };

    private static string EncodeCursor(object key, string number)
    {
        var text = key switch
        {
            DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset o => o.ToString("O", CultureInfo.InvariantCulture),
            _ => Convert.ToString(key, CultureInfo.InvariantCulture),
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{text}|{number}"));
    }

    private (object Key, string Number) DecodeCursor(string cursor, TicketOrder order)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('|');
            object key = order == TicketOrder.Priority
                ? short.Parse(parts[0], CultureInfo.InvariantCulture)
                : _dialect.Time(DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
            return parts.Length == 2 ? (key, parts[1]) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw SupportException.BadInput("after", "Deze cursor is ongeldig; begin opnieuw bij de eerste pagina.");
        }
    }

    private static TicketSummary ReadSummary(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        TicketStatusNames.Parse(r.GetString(2)),
        (TicketPriority)Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.GetString(5),
        r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7),
        r.GetString(8).Split(',', StringSplitOptions.RemoveEmptyEntries),
        Convert.ToBoolean(r.GetValue(9), CultureInfo.InvariantCulture),
        SqlDialect.ReadTime(r, 10)!.Value,
        SqlDialect.ReadTime(r, 11)!.Value,
        SqlDialect.ReadTime(r, 12),
        Convert.ToBoolean(r.GetValue(13), CultureInfo.InvariantCulture),
        Convert.ToInt32(r.GetValue(14), CultureInfo.InvariantCulture),
        PersonalDataKinds.Of(Convert.ToInt32(r.GetValue(15), CultureInfo.InvariantCulture)));

    private static void Equal(DbCommand command, List<string> where, string column, string parameter, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            SqlDialect.Add(command, parameter, value.Trim());
            where.Add($"{column} = {parameter}");
        }
    }

    private static string In<T>(DbCommand command, string prefix, IEnumerable<T> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = $"@{prefix}{names.Count}";
            SqlDialect.Add(command, name, value);
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    private static string WhereText(List<string> where) => where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where);
}
