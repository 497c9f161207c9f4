using LivcR.Support.Contracts.Errors;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Silo.Attachments;

namespace LivcR.Support.Gateway.Services;

/// <summary>
/// <c>POST /tickets/{number}/attachments?name=…[&amp;internal=true]</c> with the file as the body (at most 10 MiB; 413 beyond, read
/// no further; <c>internal=true</c>: staff only, seen only by staff),
/// and <c>GET /attachments/{id}</c> to download. Both need a bearer token and the right to read the ticket.
/// </summary>
public static class AttachmentEndpoints
{
    /// <summary>Maps both endpoints.</summary>
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/tickets/{number}/attachments", UploadAsync);
        endpoints.MapGet("/attachments/{id}", DownloadAsync);
        return endpoints;
    }

    private static async Task UploadAsync(HttpContext context, string number, TicketService tickets)
    {
        try
        {
            var content = await ReadLimitedAsync(context.Request);
            if (content is null)
            {
                await GraphQLHttpErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"Een bijlage is hoogstens {AttachmentRules.MaxFileBytes / (1024 * 1024)} MiB.");
                return;
            }

            var isInternal = context.Request.Query["internal"].ToString() switch
            {
                "" or "false" => false,
                "true" => true,
                _ => throw SupportException.BadInput("internal", "Geef internal=true of internal=false."),
            };
            var attachment = await tickets.AttachAsync(number, context.Request.Query["name"].ToString(), content, isInternal);
            context.Response.StatusCode = StatusCodes.Status201Created;
            await context.Response.WriteAsJsonAsync(attachment, context.RequestAborted);
        }
        catch (SupportException refused)
        {
            await RefuseAsync(context, refused);
        }
    }

    private static async Task DownloadAsync(HttpContext context, string id, TicketService tickets)
    {
        try
        {
            var (name, contentType, content) = await tickets.OpenAttachmentAsync(id);
            context.Response.ContentType = contentType;
            context.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = name, DispositionType = "attachment" }.ToString();
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        }
        catch (SupportException refused)
        {
            await RefuseAsync(context, refused);
        }
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpRequest request)
    {
        if (request.ContentLength > AttachmentRules.MaxFileBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > AttachmentRules.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Task RefuseAsync(HttpContext context, SupportException refused) => GraphQLHttpErrors.WriteRefusalAsync(context, refused);
}
