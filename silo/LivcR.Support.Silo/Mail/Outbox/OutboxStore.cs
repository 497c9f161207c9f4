using System.Data.Common;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>The outbox tables (<c>livcr_mail_outbox</c>, <c>livcr_mail_thread</c>) on SQLite or PostgreSQL.</summary>
/// <remarks>Writes go through the <see cref="BatchedWriter"/>: each completes only after its transaction committed.</remarks>
public sealed class OutboxStore(IOptions<PersistenceOptions> options, BatchedWriter writer)
{
    private const string EntryColumns =
        "id, created_at, kind, recipient, ticket_number, subject, message_id, status, attempts, next_attempt_at, last_error, sent_at";

    private readonly SqlDialect _dialect = new(options.Value.Provider);

    /// <summary>Stores a new mail and its Message-ID in the ticket's thread; false when a mail with this id is already there.</summary>
    public Task<bool> InsertAsync(OutboxRow row, string? answeredMessageId, CancellationToken cancellationToken = default) =>
        writer.RunAsync((connection, transaction, ct) => InsertRowAsync(connection, transaction, row, answeredMessageId, ct), cancellationToken);

    /// <summary>
    /// Stores the ticket mail one change stages (no content: <see cref="OutboxRow.NoticeText"/>), with the Message-IDs in
    /// the ticket's thread, in one piece of batched work: one round trip for the caller, committed with whatever else waits.
    /// </summary>
    public Task StageAsync(IReadOnlyList<OutboxRow> rows, CancellationToken cancellationToken = default) =>
        writer.RunAsync(
            async (connection, transaction, ct) =>
            {
                foreach (var row in rows)
                {
                    await InsertRowAsync(connection, transaction, row, row.InReplyTo, ct);
                }

                return rows.Count;
            },
            cancellationToken);

    /// <summary>The Message-IDs of a ticket's conversation, oldest first.</summary>
    public async Task<IReadOnlyList<string>> ThreadAsync(string ticketNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null, "SELECT message_id FROM livcr_mail_thread WHERE ticket_number = @t ORDER BY at, message_id");
        SqlDialect.Add(command, "@t", ticketNumber);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>
    /// The Message-IDs of a ticket's conversation up to <paramref name="until"/>, oldest first, without
    /// <paramref name="excluding"/> (a staged mail's own id, recorded when it was staged).
    /// </summary>
    public async Task<IReadOnlyList<string>> ThreadAsync(string ticketNumber, DateTimeOffset until, string excluding, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null,
            "SELECT message_id FROM livcr_mail_thread WHERE ticket_number = @t AND at <= @until AND message_id <> @own ORDER BY at, message_id");
        SqlDialect.Add(command, "@t", ticketNumber);
        SqlDialect.Add(command, "@until", _dialect.Time(until));
        SqlDialect.Add(command, "@own", excluding.Trim().TrimStart('<').TrimEnd('>'));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The ticket whose conversation holds one of these Message-IDs (the first that matches), or null.</summary>
    public async Task<string?> TicketOfAnyAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default)
    {
        if (messageIds.Count == 0)
        {
            return null;
        }

        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        foreach (var id in messageIds.Take(50))
        {
            await using var command = Command(connection, null, "SELECT ticket_number FROM livcr_mail_thread WHERE message_id = @m");
            SqlDialect.Add(command, "@m", id.Trim().TrimStart('<').TrimEnd('>'));
            if (await command.ExecuteScalarAsync(cancellationToken) is string ticket)
            {
                return ticket;
            }
        }

        return null;
    }

    /// <summary>Pending mails whose time has come, oldest first, with their content.</summary>
    public async Task<IReadOnlyList<OutboxRow>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null,
            "SELECT id, created_at, kind, automatic, recipient, ticket_number, subject, message_id, content, status, attempts, notice_token, notice_text, in_reply_to FROM livcr_mail_outbox " +
            "WHERE status = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at, created_at LIMIT @limit");
        SqlDialect.Add(command, "@now", _dialect.Time(now));
        SqlDialect.Add(command, "@limit", limit);
        var rows = new List<OutboxRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(
                reader.GetString(0),
                SqlDialect.ReadTime(reader, 1)!.Value,
                (OutboundMailKind)Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToBoolean(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : (byte[])reader.GetValue(8),
                Parse(reader.GetString(9)),
                Convert.ToInt32(reader.GetValue(10), System.Globalization.CultureInfo.InvariantCulture),
                null,
                reader.IsDBNull(11) ? null : Guid.ParseExact(reader.GetString(11), "N"),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13)));
        }

        return rows;
    }

    /// <summary>How many automatic mails were sent to this address since the given time.</summary>
    public async Task<int> AutomaticSentSinceAsync(string recipient, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null,
            "SELECT COUNT(*) FROM livcr_mail_outbox WHERE recipient = @r AND automatic = @true AND status = 'sent' AND sent_at >= @since");
        SqlDialect.Add(command, "@r", recipient);
        SqlDialect.Add(command, "@true", _dialect.Bool(true));
        SqlDialect.Add(command, "@since", _dialect.Time(since));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Marks a mail sent and forgets its content, a staged mail's parameters included (the Message-ID and the metadata
    /// stay); <paramref name="subject"/> is the subject as sent, for a mail that was rendered at delivery.
    /// </summary>
    public Task MarkSentAsync(string id, DateTimeOffset at, string? subject = null) => subject is null
        ? UpdateAsync("UPDATE livcr_mail_outbox SET status = 'sent', sent_at = @at, content = NULL, notice_text = NULL, last_error = NULL WHERE id = @id", id, ("@at", _dialect.Time(at)))
        : UpdateAsync("UPDATE livcr_mail_outbox SET status = 'sent', sent_at = @at, content = NULL, notice_text = NULL, last_error = NULL, subject = @subject WHERE id = @id", id,
            ("@at", _dialect.Time(at)), ("@subject", subject));

    /// <summary>Records a failed attempt: tried again at <paramref name="next"/>.</summary>
    public Task MarkRetryAsync(string id, int attempts, DateTimeOffset next, string error) =>
        UpdateAsync("UPDATE livcr_mail_outbox SET attempts = @a, next_attempt_at = @next, last_error = @e WHERE id = @id", id,
            ("@a", attempts), ("@next", _dialect.Time(next)), ("@e", Clip(error)));

    /// <summary>Marks a mail failed (given up or refused for good).</summary>
    public Task MarkFailedAsync(string id, int attempts, string error) =>
        UpdateAsync("UPDATE livcr_mail_outbox SET status = 'failed', attempts = @a, last_error = @e WHERE id = @id", id, ("@a", attempts), ("@e", Clip(error)));

    /// <summary>Marks a mail suppressed, with the reason.</summary>
    public Task MarkSuppressedAsync(string id, string reason) =>
        UpdateAsync("UPDATE livcr_mail_outbox SET status = 'suppressed', last_error = @e WHERE id = @id", id, ("@e", Clip(reason)));

    /// <summary>
    /// Marks a staged mail suppressed because the change it announces was never stored: its parameters (a staff reply's
    /// message among them) are deleted, so it can never be sent, and its Message-ID leaves the ticket's thread.
    /// </summary>
    public Task MarkUnstoredAsync(string id, string messageId, string reason) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var update = Command(connection, transaction,
                "UPDATE livcr_mail_outbox SET status = 'suppressed', last_error = @e, notice_text = NULL, content = NULL WHERE id = @id");
            SqlDialect.Add(update, "@id", id);
            SqlDialect.Add(update, "@e", Clip(reason));
            await update.ExecuteNonQueryAsync(ct);
            await using var thread = Command(connection, transaction, "DELETE FROM livcr_mail_thread WHERE message_id = @m");
            SqlDialect.Add(thread, "@m", messageId);
            return await thread.ExecuteNonQueryAsync(ct);
        });

    /// <summary>
    /// Puts a failed, suppressed or held mail back in the queue with a fresh count of attempts. False when there is no such
    /// mail in one of those states.
    /// </summary>
    public async Task<bool> RetryAsync(string id, DateTimeOffset now) =>
        await writer.RunAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = Command(connection, transaction,
                    "UPDATE livcr_mail_outbox SET status = 'pending', attempts = 0, next_attempt_at = @now, last_error = NULL " +
                    "WHERE id = @id AND status IN ('failed', 'suppressed', 'held') AND (content IS NOT NULL OR notice_text IS NOT NULL)");
                SqlDialect.Add(command, "@id", id);
                SqlDialect.Add(command, "@now", _dialect.Time(now));
                return await command.ExecuteNonQueryAsync(ct);
            }) > 0;

    /// <summary>Mails in the outbox, newest first, optionally of one status.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxMailStatus? status, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT {EntryColumns} FROM livcr_mail_outbox {(status is null ? string.Empty : "WHERE status = @status ")}ORDER BY created_at DESC, id LIMIT @limit");
        if (status is { } s)
        {
            SqlDialect.Add(command, "@status", Name(s));
        }

        SqlDialect.Add(command, "@limit", limit);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    /// <summary>One mail, or null.</summary>
    public async Task<OutboxEntry?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null, $"SELECT {EntryColumns} FROM livcr_mail_outbox WHERE id = @id");
        SqlDialect.Add(command, "@id", id);
        return (await ReadEntriesAsync(command, cancellationToken)).FirstOrDefault();
    }

    /// <summary>The stored name of a status.</summary>
    public static string Name(OutboxMailStatus status) => status.ToString().ToLowerInvariant();

    private static OutboxMailStatus Parse(string name) => Enum.Parse<OutboxMailStatus>(name, ignoreCase: true);

    private static string Clip(string text) => text.Length <= 1000 ? text : text[..1000];

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private async Task<bool> InsertRowAsync(DbConnection connection, DbTransaction transaction, OutboxRow row, string? answeredMessageId, CancellationToken ct)
    {
        await using var insert = Command(connection, transaction,
            "INSERT INTO livcr_mail_outbox (id, created_at, kind, automatic, recipient, ticket_number, subject, message_id, content, status, attempts, next_attempt_at, last_error, notice_token, notice_text, in_reply_to) " +
            "VALUES (@id, @created, @kind, @automatic, @recipient, @ticket, @subject, @messageId, @content, @status, 0, @next, @error, @token, @text, @inReplyTo) ON CONFLICT (id) DO NOTHING");
        SqlDialect.Add(insert, "@id", row.Id);
        SqlDialect.Add(insert, "@created", _dialect.Time(row.CreatedAt));
        SqlDialect.Add(insert, "@kind", (int)row.Kind);
        SqlDialect.Add(insert, "@automatic", _dialect.Bool(row.Automatic));
        SqlDialect.Add(insert, "@recipient", row.Recipient);
        SqlDialect.Add(insert, "@ticket", row.TicketNumber);
        SqlDialect.Add(insert, "@subject", row.Subject);
        SqlDialect.Add(insert, "@messageId", row.MessageId);
        SqlDialect.Add(insert, "@content", row.Content);
        SqlDialect.Add(insert, "@status", Name(row.Status));
        SqlDialect.Add(insert, "@next", _dialect.Time(row.CreatedAt));
        SqlDialect.Add(insert, "@error", row.Note);
        SqlDialect.Add(insert, "@token", row.NoticeToken?.ToString("N"));
        SqlDialect.Add(insert, "@text", row.NoticeText);
        SqlDialect.Add(insert, "@inReplyTo", row.InReplyTo);
        if (await insert.ExecuteNonQueryAsync(ct) == 0)
        {
            return false;
        }

        if (row.TicketNumber is { } ticket)
        {
            if (answeredMessageId is not null)
            {
                await InsertAnsweredAsync(connection, transaction, answeredMessageId, ticket, row.CreatedAt.AddTicks(-1), ct);
            }

            await InsertThreadAsync(connection, transaction, row.MessageId, ticket, outbound: true, row.CreatedAt, ct);
        }

        return true;
    }

    // The answered mail's id joins the conversation unless an earlier mail of another ticket carried it first (a reused
    // Message-ID, see InboundMailStore.FirstWithMessageIdAsync): replies that refer to it keep threading to that ticket.
    private async Task<int> InsertAnsweredAsync(DbConnection connection, DbTransaction transaction, string messageId, string ticket, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "INSERT INTO livcr_mail_thread (message_id, ticket_number, outbound, at) SELECT @m, @t, @o, @at " +
            "WHERE NOT EXISTS (SELECT 1 FROM livcr_mail_message_id WHERE message_id = @m AND ticket_number <> @t) ON CONFLICT (message_id) DO NOTHING");
        SqlDialect.Add(command, "@m", messageId.Trim().TrimStart('<').TrimEnd('>'));
        SqlDialect.Add(command, "@t", ticket);
        SqlDialect.Add(command, "@o", _dialect.Bool(false));
        SqlDialect.Add(command, "@at", _dialect.Time(at));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<int> InsertThreadAsync(DbConnection connection, DbTransaction transaction, string messageId, string ticket, bool outbound, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "INSERT INTO livcr_mail_thread (message_id, ticket_number, outbound, at) VALUES (@m, @t, @o, @at) ON CONFLICT (message_id) DO NOTHING");
        SqlDialect.Add(command, "@m", messageId.Trim().TrimStart('<').TrimEnd('>'));
        SqlDialect.Add(command, "@t", ticket);
        SqlDialect.Add(command, "@o", _dialect.Bool(outbound));
        SqlDialect.Add(command, "@at", _dialect.Time(at));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task UpdateAsync(string sql, string id, params (string Name, object Value)[] values) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction, sql);
            SqlDialect.Add(command, "@id", id);
            foreach (var (name, value) in values)
            {
                SqlDialect.Add(command, name, value);
            }

            return await command.ExecuteNonQueryAsync(ct);
        });

    private static async Task<IReadOnlyList<OutboxEntry>> ReadEntriesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new OutboxEntry(
                reader.GetString(0),
                SqlDialect.ReadTime(reader, 1)!.Value,
                (OutboundMailKind)Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                Parse(reader.GetString(7)),
                Convert.ToInt32(reader.GetValue(8), System.Globalization.CultureInfo.InvariantCulture),
                SqlDialect.ReadTime(reader, 9)!.Value,
                reader.IsDBNull(10) ? null : reader.GetString(10),
                SqlDialect.ReadTime(reader, 11)));
        }

        return entries;
    }
}
