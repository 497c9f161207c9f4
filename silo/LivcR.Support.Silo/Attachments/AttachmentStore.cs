using System.Security.Cryptography;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Attachments;

/// <summary>Attachment content in table <c>livcr_attachment</c>.</summary>
public sealed class AttachmentStore(IOptions<PersistenceOptions> options)
{
    private readonly SqlDialect _dialect = new(options.Value.Provider);

    /// <summary>Stores the bytes; returns the new attachment id.</summary>
    public async Task<string> SaveAsync(string ticketNumber, string name, string contentType, byte[] content, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid().ToString("N");
        await using var connection = await DatabaseBootstrap.OpenForWriteAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO livcr_attachment (id, ticket_number, name, content_type, size, sha256, content, created_at) VALUES (@id, @t, @n, @ct, @s, @h, @c, @at)";
        SqlDialect.Add(command, "@id", id);
        SqlDialect.Add(command, "@t", ticketNumber);
        SqlDialect.Add(command, "@n", name);
        SqlDialect.Add(command, "@ct", contentType);
        SqlDialect.Add(command, "@s", (long)content.Length);
        SqlDialect.Add(command, "@h", Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant());
        SqlDialect.Add(command, "@c", content);
        SqlDialect.Add(command, "@at", _dialect.Time(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    /// <summary>Removes stored bytes that no ticket took (the ticket refused the attachment).</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenForWriteAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM livcr_attachment WHERE id = @id";
        SqlDialect.Add(command, "@id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The ticket, name, type and bytes of an attachment; null when unknown.</summary>
    public async Task<(string TicketNumber, string Name, string ContentType, byte[] Content)?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ticket_number, name, content_type, content FROM livcr_attachment WHERE id = @id";
        SqlDialect.Add(command, "@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), reader.GetString(1), reader.GetString(2), (byte[])reader.GetValue(3))
            : null;
    }
}
