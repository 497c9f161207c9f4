using System.Data.Common;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>
/// Table <c>livcr_mail_inbound</c> (which ticket a mail went to, its full text and safe HTML, read back for display),
/// <c>livcr_mail_message_id</c> (which mail first carried a Message-ID) and the content of mail attachments in
/// <c>livcr_attachment</c>. Every write is idempotent: a mail handled again writes the same rows.
/// </summary>
public sealed class InboundMailStore(IOptions<PersistenceOptions> options, BatchedWriter writer)
{
    /// <summary>Most keys one query of <see cref="FindAsync"/> asks for (more go in further queries on the same connection).</summary>
    public const int MaxKeysPerQuery = 200;

    private readonly SqlDialect _dialect = new(options.Value.Provider);

    /// <summary>The ticket a mail went to, or null when it was not handled yet.</summary>
    public async Task<string?> TicketOfAsync(string dedupeKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null, "SELECT ticket_number FROM livcr_mail_inbound WHERE dedupe_key = @k");
        SqlDialect.Add(command, "@k", dedupeKey);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The recorded mails with these dedupe keys, by key; keys without a row are left out.</summary>
    public async Task<IReadOnlyDictionary<string, InboundMailRecord>> FindAsync(IReadOnlyCollection<string> dedupeKeys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, InboundMailRecord>(StringComparer.Ordinal);
        if (dedupeKeys.Count == 0)
        {
            return found;
        }

        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        foreach (var chunk in dedupeKeys.Distinct(StringComparer.Ordinal).Chunk(MaxKeysPerQuery))
        {
            var names = chunk.Select((_, i) => $"@k{i}").ToArray();
            await using var command = Command(connection, null,
                $"SELECT dedupe_key, message_id, received_at, full_text, safe_html FROM livcr_mail_inbound WHERE dedupe_key IN ({string.Join(", ", names)})");
            for (var i = 0; i < chunk.Length; i++)
            {
                SqlDialect.Add(command, names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetString(0);
                found[key] = new InboundMailRecord(
                    key,
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    SqlDialect.ReadTime(reader, 2)!.Value,
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4));
            }
        }

        return found;
    }

    /// <summary>
    /// Records that this mail opens ticket <paramref name="number"/>, unless it was already given one: returns the
    /// number that counts (the first one recorded).
    /// </summary>
    public Task<string> ClaimAsync(string dedupeKey, string mailbox, string? messageId, string number, DateTimeOffset at) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            await UpsertAsync(connection, transaction, dedupeKey, mailbox, messageId, number, null, null, at, ct);
            await using var select = Command(connection, transaction, "SELECT ticket_number FROM livcr_mail_inbound WHERE dedupe_key = @k");
            SqlDialect.Add(select, "@k", dedupeKey);
            return (string)(await select.ExecuteScalarAsync(ct))!;
        });

    /// <summary>
    /// The dedupe key of the first mail that carried <paramref name="messageId"/>: claims the id for this mail, going to
    /// ticket <paramref name="ticketNumber"/>, when no mail had it yet (first claim wins, also when two mails are handled at
    /// once), so the answer is the same every time it is asked. A key other than <paramref name="dedupeKey"/> means a
    /// different mail reused the id. The first mail claiming again for another ticket (a reply to a closed ticket that
    /// becomes a follow-up) moves the id to that ticket.
    /// </summary>
    /// <remarks>The id enters a ticket's conversation (<c>livcr_mail_thread</c>) only for the ticket recorded here.</remarks>
    public async Task<string> FirstWithMessageIdAsync(string messageId, string dedupeKey, string ticketNumber, DateTimeOffset at)
    {
        await using (var connection = await DatabaseBootstrap.OpenAsync(options.Value))
        {
            if (await FirstWithAsync(connection, null, messageId, CancellationToken.None) is { } known
                && (known.DedupeKey != dedupeKey || known.TicketNumber == ticketNumber))
            {
                return known.DedupeKey;
            }
        }

        return await writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var claim = Command(connection, transaction,
                "INSERT INTO livcr_mail_message_id (message_id, dedupe_key, ticket_number, first_seen_at) VALUES (@m, @k, @t, @at) " +
                "ON CONFLICT (message_id) DO UPDATE SET ticket_number = excluded.ticket_number WHERE livcr_mail_message_id.dedupe_key = excluded.dedupe_key");
            SqlDialect.Add(claim, "@m", messageId);
            SqlDialect.Add(claim, "@k", dedupeKey);
            SqlDialect.Add(claim, "@t", ticketNumber);
            SqlDialect.Add(claim, "@at", _dialect.Time(at));
            await claim.ExecuteNonQueryAsync(ct);
            return (await FirstWithAsync(connection, transaction, messageId, ct))!.Value.DedupeKey;
        });
    }

    /// <summary>
    /// Records where a mail went, its whole text (quoted history included) and safe HTML, and — when it has a Message-ID
    /// that no mail of another ticket carried first — that id in the ticket's conversation (<c>livcr_mail_thread</c>), in
    /// one transaction. A reused Message-ID stays with the first mail's ticket, so a reply that refers to it threads there.
    /// </summary>
    public Task RecordAsync(string dedupeKey, string mailbox, string? messageId, string ticketNumber, string? fullText, string? safeHtml, DateTimeOffset at) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            var rows = await UpsertAsync(connection, transaction, dedupeKey, mailbox, messageId, ticketNumber, fullText, safeHtml, at, ct);
            if (messageId is not null)
            {
                await using var thread = Command(connection, transaction,
                    "INSERT INTO livcr_mail_thread (message_id, ticket_number, outbound, at) SELECT @m, @t, @o, @at " +
                    "WHERE NOT EXISTS (SELECT 1 FROM livcr_mail_message_id WHERE message_id = @m AND ticket_number <> @t) ON CONFLICT (message_id) DO NOTHING");
                SqlDialect.Add(thread, "@m", messageId);
                SqlDialect.Add(thread, "@t", ticketNumber);
                SqlDialect.Add(thread, "@o", _dialect.Bool(false));
                SqlDialect.Add(thread, "@at", _dialect.Time(at));
                rows += await thread.ExecuteNonQueryAsync(ct);
            }

            return rows;
        });

    /// <summary>Stores an attachment's content under a given id (idempotent: written once; stored again, it is filed under the latest ticket, e.g. the follow-up of a closed one).</summary>
    public Task SaveAttachmentAsync(string id, string ticketNumber, string name, string contentType, byte[] content, DateTimeOffset at) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "INSERT INTO livcr_attachment (id, ticket_number, name, content_type, size, sha256, content, created_at) " +
                "VALUES (@id, @t, @n, @ct, @s, @h, @c, @at) ON CONFLICT (id) DO UPDATE SET ticket_number = excluded.ticket_number");
            SqlDialect.Add(command, "@id", id);
            SqlDialect.Add(command, "@t", ticketNumber);
            SqlDialect.Add(command, "@n", name);
            SqlDialect.Add(command, "@ct", contentType);
            SqlDialect.Add(command, "@s", (long)content.Length);
            SqlDialect.Add(command, "@h", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));
            SqlDialect.Add(command, "@c", content);
            SqlDialect.Add(command, "@at", _dialect.Time(at));
            return await command.ExecuteNonQueryAsync(ct);
        });

    /// <summary>
    /// Replaces <paramref name="text"/> in the recorded whole text of a mail with <paramref name="replacement"/> and drops its
    /// HTML (which may hold the text in another form): what staff removed from an entry is not shown from the mail either.
    /// </summary>
    public Task RedactAsync(string dedupeKey, string text, string replacement) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "UPDATE livcr_mail_inbound SET full_text = REPLACE(full_text, @text, @replacement), safe_html = NULL WHERE dedupe_key = @k");
            SqlDialect.Add(command, "@k", dedupeKey);
            SqlDialect.Add(command, "@text", text);
            SqlDialect.Add(command, "@replacement", replacement);
            return await command.ExecuteNonQueryAsync(ct);
        });

    /// <summary>Removes the content of attachments a ticket did not take.</summary>
    public Task DeleteAttachmentsAsync(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? Task.CompletedTask : writer.RunAsync(async (connection, transaction, ct) =>
        {
            var deleted = 0;
            foreach (var id in ids)
            {
                await using var command = Command(connection, transaction, "DELETE FROM livcr_attachment WHERE id = @id");
                SqlDialect.Add(command, "@id", id);
                deleted += await command.ExecuteNonQueryAsync(ct);
            }

            return deleted;
        });

    private async Task<int> UpsertAsync(
        DbConnection connection, DbTransaction transaction, string key, string mailbox, string? messageId, string? ticket, string? fullText, string? safeHtml, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = Command(connection, transaction,
            "INSERT INTO livcr_mail_inbound (dedupe_key, mailbox, message_id, ticket_number, received_at, full_text, safe_html) " +
            "VALUES (@k, @m, @id, @t, @at, @text, @html) ON CONFLICT (dedupe_key) DO UPDATE SET " +
            "ticket_number = COALESCE(livcr_mail_inbound.ticket_number, excluded.ticket_number), " +
            "full_text = COALESCE(excluded.full_text, livcr_mail_inbound.full_text), safe_html = COALESCE(excluded.safe_html, livcr_mail_inbound.safe_html)");
        SqlDialect.Add(command, "@k", key);
        SqlDialect.Add(command, "@m", mailbox);
        SqlDialect.Add(command, "@id", messageId);
        SqlDialect.Add(command, "@t", ticket);
        SqlDialect.Add(command, "@at", _dialect.Time(at));
        SqlDialect.Add(command, "@text", fullText);
        SqlDialect.Add(command, "@html", safeHtml);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<(string DedupeKey, string? TicketNumber)?> FirstWithAsync(DbConnection connection, DbTransaction? transaction, string messageId, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, "SELECT dedupe_key, ticket_number FROM livcr_mail_message_id WHERE message_id = @m");
        SqlDialect.Add(command, "@m", messageId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
