using System.Data.Common;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>Writes ticket rows: an upsert that only ever moves a row forward in version or stored-state version (idempotent, order-proof).</summary>
public sealed class TicketReadModel(IOptions<PersistenceOptions> options, BatchedWriter writer)
{
    private static readonly string[] Columns =
    [
        "number", "version", "municipality_nis", "province", "subject", "status", "priority", "category", "prevention_level",
        "assignee", "requester_email", "confidential", "tags", "created_at", "updated_at", "first_response_due", "resolution_due",
        "due_at", "first_response_at", "resolved_at", "first_response_seconds", "resolution_seconds", "sla_breached", "merged_into", "state_version",
        "closed_at", "retention", "personal_data",
    ];

    private readonly SqlDialect _dialect = new(options.Value.Provider);

    /// <summary>Upserts the row; returns false when the stored row was already as new or newer.</summary>
    /// <remarks>
    /// Goes through the <see cref="BatchedWriter"/>: off the Orleans scheduler (Microsoft.Data.Sqlite is synchronous), and
    /// committed together with whatever other rows are waiting. Completes after the commit.
    /// </remarks>
    public Task<bool> UpsertAsync(TicketRow row, CancellationToken cancellationToken = default) =>
        writer.RunAsync((connection, transaction, ct) => UpsertCoreAsync(connection, transaction, row, ct), cancellationToken);

    private async Task<bool> UpsertCoreAsync(DbConnection connection, DbTransaction transaction, TicketRow row, CancellationToken cancellationToken)
    {
        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        var columns = _dialect.IsSqlite ? Columns : [.. Columns, "public_text", "note_text"];
        upsert.CommandText =
            $"INSERT INTO livcr_ticket ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))}) " +
            $"ON CONFLICT (number) DO UPDATE SET {string.Join(", ", columns.Skip(1).Select(c => $"{c} = excluded.{c}"))} " +
            "WHERE livcr_ticket.version < excluded.version OR livcr_ticket.state_version < excluded.state_version";
        Bind(upsert, row);
        var changed = await upsert.ExecuteNonQueryAsync(cancellationToken) > 0;
        if (changed && _dialect.IsSqlite)
        {
            await using var text = connection.CreateCommand();
            text.Transaction = transaction;
            // Keyed by the ticket row's rowid: a lookup on the unindexed FTS column would scan the whole index.
            text.CommandText =
                "DELETE FROM livcr_ticket_fts WHERE rowid = (SELECT rowid FROM livcr_ticket WHERE number = @number); " +
                "INSERT INTO livcr_ticket_fts (rowid, number, public_text, note_text) SELECT rowid, @number, @public_text, @note_text FROM livcr_ticket WHERE number = @number;";
            SqlDialect.Add(text, "@number", row.Number);
            SqlDialect.Add(text, "@public_text", row.PublicText);
            SqlDialect.Add(text, "@note_text", row.NoteText);
            await text.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    /// <summary>Empties the ticket tables (before a rebuild).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenForWriteAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _dialect.IsSqlite ? "DELETE FROM livcr_ticket; DELETE FROM livcr_ticket_fts;" : "DELETE FROM livcr_ticket;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Bind(DbCommand command, TicketRow row)
    {
        SqlDialect.Add(command, "@number", row.Number);
        SqlDialect.Add(command, "@version", row.Version);
        SqlDialect.Add(command, "@municipality_nis", row.MunicipalityNisCode);
        SqlDialect.Add(command, "@province", row.Province);
        SqlDialect.Add(command, "@subject", row.Subject);
        SqlDialect.Add(command, "@status", TicketStatusNames.Of(row.Status));
        SqlDialect.Add(command, "@priority", (short)row.Priority);
        SqlDialect.Add(command, "@category", row.Category);
        SqlDialect.Add(command, "@prevention_level", row.PreventionLevel);
        SqlDialect.Add(command, "@assignee", row.Assignee);
        SqlDialect.Add(command, "@requester_email", row.RequesterEmail);
        SqlDialect.Add(command, "@confidential", _dialect.Bool(row.Confidential));
        SqlDialect.Add(command, "@tags", "," + string.Join(",", row.Tags) + ",");
        SqlDialect.Add(command, "@created_at", _dialect.Time(row.CreatedAt));
        SqlDialect.Add(command, "@updated_at", _dialect.Time(row.UpdatedAt));
        SqlDialect.Add(command, "@first_response_due", _dialect.Time(row.FirstResponseDue));
        SqlDialect.Add(command, "@resolution_due", _dialect.Time(row.ResolutionDue));
        SqlDialect.Add(command, "@due_at", _dialect.Time(row.DueAt));
        SqlDialect.Add(command, "@first_response_at", _dialect.Time(row.FirstResponseAt));
        SqlDialect.Add(command, "@resolved_at", _dialect.Time(row.ResolvedAt));
        SqlDialect.Add(command, "@first_response_seconds", row.FirstResponseSeconds);
        SqlDialect.Add(command, "@resolution_seconds", row.ResolutionSeconds);
        SqlDialect.Add(command, "@sla_breached", _dialect.Bool(row.SlaBreached));
        SqlDialect.Add(command, "@merged_into", row.MergedInto);
        SqlDialect.Add(command, "@state_version", row.StateVersion);
        SqlDialect.Add(command, "@closed_at", _dialect.Time(row.ClosedAt));
        SqlDialect.Add(command, "@retention", (short)row.Retention);
        SqlDialect.Add(command, "@personal_data", row.PersonalData);
        SqlDialect.Add(command, "@public_text", row.PublicText);
        SqlDialect.Add(command, "@note_text", row.NoteText);
    }
}
