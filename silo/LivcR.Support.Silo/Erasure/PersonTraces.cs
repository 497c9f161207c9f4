using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using LivcR.Support.Silo.Retention;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Erasure;

/// <summary>
/// Where a person shows up in the project's own tables (beside the grains and the audit trail): tickets they asked or
/// handle, mail sent to them, mail they sent that was quarantined. Used by the export of a person's data and by erasure.
/// </summary>
public sealed class PersonTraces(IOptions<PersistenceOptions> options)
{
    /// <summary>Numbers of the tickets the person asked or is assigned to.</summary>
    public async Task<IReadOnlyList<string>> TicketsAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT number FROM livcr_ticket WHERE lower(requester_email) = @e OR lower(assignee) = @e ORDER BY number";
        SqlDialect.Add(command, "@e", email.ToLowerInvariant());
        var numbers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    /// <summary>Mail sent (or to be sent) to the person: when, about which ticket, the subject and where it stands.</summary>
    public async Task<IReadOnlyList<PersonMail>> MailToAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT created_at, ticket_number, subject, status FROM livcr_mail_outbox WHERE lower(recipient) = @e ORDER BY created_at LIMIT 10000";
        SqlDialect.Add(command, "@e", email.ToLowerInvariant());
        var mail = new List<PersonMail>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            mail.Add(new PersonMail(SqlDialect.ReadTime(reader, 0)!.Value, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return mail;
    }

    /// <summary>Mail to the person loses its address, subject and content; quarantined mail from them loses its sender and content.</summary>
    public async Task EraseMailAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenForWriteAsync(options.Value, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var outbox = connection.CreateCommand();
        outbox.Transaction = transaction;
        outbox.CommandText =
            "UPDATE livcr_mail_outbox SET recipient = @erased, subject = @removed, content = NULL, notice_text = NULL, " +
            "status = CASE WHEN status = 'pending' THEN 'suppressed' ELSE status END WHERE lower(recipient) = @e";
        Bind(outbox, email);
        await outbox.ExecuteNonQueryAsync(cancellationToken);
        await using var quarantine = connection.CreateCommand();
        quarantine.Transaction = transaction;
        quarantine.CommandText = "UPDATE livcr_mail_quarantine SET sender = NULL, subject = @removed, content = NULL WHERE lower(sender) = @e";
        Bind(quarantine, email);
        await quarantine.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Bind(System.Data.Common.DbCommand command, string email)
    {
        SqlDialect.Add(command, "@e", email.ToLowerInvariant());
        SqlDialect.Add(command, "@erased", RetentionStore.ErasedRecipient);
        SqlDialect.Add(command, "@removed", "[gewist op verzoek]");
    }
}

/// <summary>A mail sent to a person, as the export shows it.</summary>
public sealed record PersonMail(DateTimeOffset CreatedAt, string? TicketNumber, string Subject, string Status);
