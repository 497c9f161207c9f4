using System.Data.Common;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Retention;

/// <summary>
/// Retention's SQL: finding due tickets in the read model, and removing what a ticket keeps outside its grain state
/// (attachment bytes, the text and HTML of its inbound mail, the subject, address and content of its outgoing mail), and
/// the mail that became no ticket once <see cref="RetentionOptions.MailRetentionDays"/> have passed.
/// </summary>
public sealed class RetentionStore(IOptions<PersistenceOptions> options, BatchedWriter writer)
{
    /// <summary>What replaces the address of a mail sent for an anonymised ticket.</summary>
    public const string ErasedRecipient = "verwijderd@livcr-support.invalid";

    private readonly SqlDialect _dialect = new(options.Value.Provider);

    /// <summary>Closed tickets kept (no hold, not anonymised) whose closing was before <paramref name="cutoff"/>, oldest first.</summary>
    public async Task<IReadOnlyList<string>> DueAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT number FROM livcr_ticket WHERE retention = 0 AND status = 'CLOSED' AND closed_at < @cutoff ORDER BY closed_at LIMIT {limit}";
        SqlDialect.Add(command, "@cutoff", _dialect.Time(cutoff));
        var numbers = new List<string>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    /// <summary>
    /// Removes, in one transaction, what the ticket keeps outside its state: through the <see cref="BatchedWriter"/>, so the
    /// purges of a batch share a commit with each other and with the desk's writes. Idempotent: run again after a crash, it
    /// finds nothing left to remove. The ticket's own anonymisation follows; until then its metadata points at nothing.
    /// </summary>
    public Task PurgeTicketAsync(string number, CancellationToken cancellationToken = default) =>
        writer.RunAsync(
            async (connection, transaction, ct) =>
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM livcr_attachment WHERE ticket_number = @n", number, ct);
                await ExecuteAsync(connection, transaction, "UPDATE livcr_mail_inbound SET full_text = NULL, safe_html = NULL WHERE ticket_number = @n AND (full_text IS NOT NULL OR safe_html IS NOT NULL)", number, ct);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE livcr_mail_outbox SET content = NULL, notice_text = NULL, last_error = NULL, subject = @removed, recipient = @erased, " +
                    "status = CASE WHEN status = 'pending' THEN 'suppressed' ELSE status END WHERE ticket_number = @n AND recipient <> @erased",
                    number,
                    ct);
                await ExecuteAsync(connection, transaction, "UPDATE livcr_mail_quarantine SET content = NULL, sender = NULL, subject = @removed WHERE ticket_number = @n AND subject <> @removed", number, ct);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// Quarantined mail and inbound mail without a ticket received before <paramref name="cutoff"/>: content, sender and
    /// subject removed (the row stays, so the same mail read again is still recognised); a mail still waiting for staff is
    /// discarded by the system. Returns the number of quarantined mails cleared.
    /// </summary>
    public async Task<int> ExpireMailAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenForWriteAsync(options.Value, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var quarantine = connection.CreateCommand();
        quarantine.Transaction = transaction;
        quarantine.CommandText =
            "UPDATE livcr_mail_quarantine SET content = NULL, sender = NULL, message_id = NULL, subject = @removed, " +
            "status = CASE WHEN status = @waiting THEN @discarded ELSE status END, " +
            "decided_by = CASE WHEN status = @waiting THEN @system ELSE decided_by END, decided_at = CASE WHEN status = @waiting THEN @now ELSE decided_at END " +
            "WHERE quarantined_at < @cutoff AND subject <> @removed";
        SqlDialect.Add(quarantine, "@removed", TicketRetentionRules.Removed);
        SqlDialect.Add(quarantine, "@waiting", QuarantineStore.Quarantined);
        SqlDialect.Add(quarantine, "@discarded", QuarantineStore.Discarded);
        SqlDialect.Add(quarantine, "@system", Contracts.Tickets.TicketActor.System.Email);
        SqlDialect.Add(quarantine, "@now", _dialect.Time(now));
        SqlDialect.Add(quarantine, "@cutoff", _dialect.Time(cutoff));
        var cleared = await quarantine.ExecuteNonQueryAsync(cancellationToken);

        await using var inbound = connection.CreateCommand();
        inbound.Transaction = transaction;
        inbound.CommandText = "UPDATE livcr_mail_inbound SET full_text = NULL, safe_html = NULL WHERE ticket_number IS NULL AND received_at < @cutoff AND (full_text IS NOT NULL OR safe_html IS NOT NULL)";
        SqlDialect.Add(inbound, "@cutoff", _dialect.Time(cutoff));
        await inbound.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cleared;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, string number, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        SqlDialect.Add(command, "@n", number);
        SqlDialect.Add(command, "@removed", TicketRetentionRules.Removed);
        SqlDialect.Add(command, "@erased", ErasedRecipient);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
