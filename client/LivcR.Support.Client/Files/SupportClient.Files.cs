using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LivcR.Support.Client;

/// <summary>The file endpoints next to GraphQL: the CSV export and ticket attachments.</summary>
public sealed partial class SupportClient
{
    /// <summary>
    /// <c>GET /exports/tickets.csv</c>: your tickets that match, as the CSV staff open in a spreadsheet (UTF-8 with a byte
    /// order mark, semicolons, CRLF, times in Brussels; at most 10 000 rows). The export is audited.
    /// </summary>
    public Task<SupportFile> ExportTicketsCsvAsync(TicketExportFilter? filter = null, CancellationToken cancellationToken = default) =>
        DownloadAsync(Address("exports/tickets.csv" + QueryOf(filter)), "tickets.csv", cancellationToken);

    /// <summary>
    /// <c>POST /tickets/{number}/attachments</c>: adds a file to a ticket you may read. The server recognises the kind
    /// from the bytes (PDF, images, Office and OpenDocument files, text); <see cref="SupportErrorCodes.BadUserInput"/>
    /// for other kinds, <see cref="SupportErrorCodes.RequestTooLarge"/> (413) over 10 MiB per file.
    /// </summary>
    /// <param name="number">The ticket number.</param>
    /// <param name="fileName">The file's name, as shown on the ticket.</param>
    /// <param name="content">The file; read from its current position to the end. The caller keeps ownership.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public Task<TicketAttachment> UploadAttachmentAsync(string number, string fileName, Stream content, CancellationToken cancellationToken = default) =>
        UploadAttachmentAsync(number, fileName, content, isInternal: false, cancellationToken);

    /// <summary>
    /// <c>POST /tickets/{number}/attachments</c>, optionally as an internal attachment (<paramref name="isInternal"/>: staff
    /// only, beside the internal notes; the municipality never sees it); see the other overload.
    /// </summary>
    public Task<TicketAttachment> UploadAttachmentAsync(string number, string fileName, Stream content, bool isInternal, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        return UploadAttachmentAsync(number, fileName, new StreamContent(new NonClosingStream(content)), isInternal, cancellationToken);
    }

    /// <summary><c>POST /tickets/{number}/attachments</c> with the file's bytes; see the <see cref="Stream"/> overloads.</summary>
    public Task<TicketAttachment> UploadAttachmentAsync(string number, string fileName, byte[] content, CancellationToken cancellationToken = default) =>
        UploadAttachmentAsync(number, fileName, content, isInternal: false, cancellationToken);

    /// <summary><c>POST /tickets/{number}/attachments</c> with the file's bytes, optionally internal; see the <see cref="Stream"/> overloads.</summary>
    public Task<TicketAttachment> UploadAttachmentAsync(string number, string fileName, byte[] content, bool isInternal, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        return UploadAttachmentAsync(number, fileName, new ByteArrayContent(content), isInternal, cancellationToken);
    }

    /// <summary><c>GET /attachments/{id}</c>: an attachment of a ticket you may read; <see cref="SupportErrorCodes.NotFound"/> otherwise. The download is audited.</summary>
    public Task<SupportFile> DownloadAttachmentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return DownloadAsync(Address("attachments/" + Uri.EscapeDataString(id)), id, cancellationToken);
    }

    private Task<TicketAttachment> UploadAttachmentAsync(string number, string fileName, HttpContent content, bool isInternal, CancellationToken cancellationToken)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var address = Address($"tickets/{Uri.EscapeDataString(number)}/attachments?name={Uri.EscapeDataString(fileName)}" + (isInternal ? "&internal=true" : ""));
        return UploadAsync<TicketAttachment>(address, content, cancellationToken);
    }

    /// <summary>The export's query string (<c>?status=OPEN&amp;province=LIMBURG…</c>), empty without a filter.</summary>
    private static string QueryOf(TicketExportFilter? filter)
    {
        if (filter is null)
        {
            return string.Empty;
        }

        var parts = new List<(string Name, string? Value)>();
        parts.AddRange((filter.Statuses ?? []).Select(s => ("status", (string?)WireName(s))));
        parts.Add(("category", filter.Category));
        parts.Add(("province", filter.Province is { } province ? WireName(province) : null));
        parts.Add(("municipalityNisCode", filter.MunicipalityNisCode));
        parts.Add(("assigneeEmail", filter.AssigneeEmail));
        parts.Add(("tag", filter.Tag));
        parts.Add(("createdFrom", filter.CreatedFrom?.ToString("o", CultureInfo.InvariantCulture)));
        parts.Add(("createdTo", filter.CreatedTo?.ToString("o", CultureInfo.InvariantCulture)));
        parts.Add(("text", filter.Text));
        var query = new StringBuilder();
        foreach (var (name, value) in parts.Where(p => !string.IsNullOrEmpty(p.Value)))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value!));
        }

        return query.ToString();
    }

    /// <summary>An enum value's schema name, e.g. WAITING_FOR_MUNICIPALITY.</summary>
    private static string WireName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, WireJson.GraphQL).Trim('"');
}
