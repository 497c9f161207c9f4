using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>Table <c>livcr_mail_quarantine</c>: mail that could not be handled, with the reason and the message itself.</summary>
public sealed class QuarantineStore(IOptions<PersistenceOptions> options, BatchedWriter writer)
{
    /// <summary>Status of a mail waiting for staff.</summary>
    public const string Quarantined = "quarantined";

    /// <summary>Status of a mail staff turned into a ticket.</summary>
    public const string Released = "released";

    /// <summary>Status of a mail staff threw away.</summary>
    public const string Discarded = "discarded";

    /// <summary>Largest message kept in the table; a larger one is listed without its content (it stays in the IMAP folder).</summary>
    public const int MaxContentBytes = 50 * 1024 * 1024;

    private const string Columns =
        "id, mailbox, message_id, sender, subject, reason, quarantined_at, size, status, decided_by, decided_at, ticket_number, CASE WHEN content IS NULL THEN 0 ELSE 1 END";

    private readonly SqlDialect _dialect = new(options.Value.Provider);

    /// <summary>The quarantine id of a mail in a mailbox (the same every time it is read).</summary>
    public static string IdOf(string mailbox, string dedupeKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mailbox + "\n" + dedupeKey)))[..24];

    /// <summary>
    /// Puts a mail in quarantine, one row per mail: idempotent (a mail quarantined again keeps its first record), while a
    /// different mail with the same Message-ID has another dedupe key and so a row of its own.
    /// </summary>
    /// <remarks>
    /// <paramref name="legacyKey"/> is the key the mail had before keys carried a fingerprint
    /// (<see cref="Inbound.MailDedupeKey.LegacyFor"/>): a row under that key with exactly this content is this mail,
    /// quarantined by the version before, and is kept as it is.
    /// </remarks>
    public Task AddAsync(string mailbox, string dedupeKey, string? legacyKey, string? messageId, string? sender, string subject, string reason, byte[] content, DateTimeOffset at) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            if (legacyKey is not null && content.Length is > 0 and <= MaxContentBytes)
            {
                await using var before = Command(connection, transaction, "SELECT COUNT(*) FROM livcr_mail_quarantine WHERE id = @id AND content = @c");
                SqlDialect.Add(before, "@id", IdOf(mailbox, legacyKey));
                SqlDialect.Add(before, "@c", content);
                if (Convert.ToInt64(await before.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0)
                {
                    return 0;
                }
            }

            await using var command = Command(connection, transaction,
                "INSERT INTO livcr_mail_quarantine (id, dedupe_key, mailbox, message_id, sender, subject, reason, quarantined_at, size, content, status) " +
                "VALUES (@id, @k, @m, @mid, @s, @subj, @r, @at, @size, @c, @status) ON CONFLICT (id) DO NOTHING");
            SqlDialect.Add(command, "@id", IdOf(mailbox, dedupeKey));
            SqlDialect.Add(command, "@k", dedupeKey);
            SqlDialect.Add(command, "@m", mailbox);
            SqlDialect.Add(command, "@mid", messageId);
            SqlDialect.Add(command, "@s", sender);
            SqlDialect.Add(command, "@subj", Clip(subject, 500));
            SqlDialect.Add(command, "@r", Clip(reason, 1000));
            SqlDialect.Add(command, "@at", _dialect.Time(at));
            SqlDialect.Add(command, "@size", (long)content.Length);
            SqlDialect.Add(command, "@c", content.Length <= MaxContentBytes ? content : null);
            SqlDialect.Add(command, "@status", Quarantined);
            return await command.ExecuteNonQueryAsync(ct);
        });

    /// <summary>Quarantined mail, newest first, optionally of one status.</summary>
    public async Task<IReadOnlyList<QuarantineEntry>> ListAsync(string? status, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT {Columns} FROM livcr_mail_quarantine {(status is null ? string.Empty : "WHERE status = @status ")}ORDER BY quarantined_at DESC, id LIMIT @limit");
        if (status is not null)
        {
            SqlDialect.Add(command, "@status", status);
        }

        SqlDialect.Add(command, "@limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>One quarantined mail, or null.</summary>
    public async Task<QuarantineEntry?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM livcr_mail_quarantine WHERE id = @id");
        SqlDialect.Add(command, "@id", id);
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    /// <summary>The message itself and its dedupe key, or null when it was not kept.</summary>
    public async Task<(string DedupeKey, byte[] Content)?> ContentAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = Command(connection, null, "SELECT dedupe_key, content FROM livcr_mail_quarantine WHERE id = @id AND content IS NOT NULL");
        SqlDialect.Add(command, "@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), (byte[])reader.GetValue(1)) : null;
    }

    /// <summary>
    /// Records the staff decision on a mail still in quarantine; the content goes when it is discarded. False when the mail
    /// was already decided on.
    /// </summary>
    public async Task<bool> DecideAsync(string id, string status, string by, DateTimeOffset at, string? ticketNumber) =>
        await writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "UPDATE livcr_mail_quarantine SET status = @status, decided_by = @by, decided_at = @at, ticket_number = @t" +
                (status == Discarded ? ", content = NULL" : string.Empty) + " WHERE id = @id AND status = @quarantined");
            SqlDialect.Add(command, "@status", status);
            SqlDialect.Add(command, "@by", by);
            SqlDialect.Add(command, "@at", _dialect.Time(at));
            SqlDialect.Add(command, "@t", ticketNumber);
            SqlDialect.Add(command, "@id", id);
            SqlDialect.Add(command, "@quarantined", Quarantined);
            return await command.ExecuteNonQueryAsync(ct);
        }) > 0;

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task<IReadOnlyList<QuarantineEntry>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<QuarantineEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new QuarantineEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                SqlDialect.ReadTime(reader, 6)!.Value,
                Convert.ToInt64(reader.GetValue(7), CultureInfo.InvariantCulture),
                reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                SqlDialect.ReadTime(reader, 10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                Convert.ToInt32(reader.GetValue(12), CultureInfo.InvariantCulture) == 1));
        }

        return entries;
    }
}
