using System.Text.Encodings.Web;
using System.Text.Json;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Writes a request-level GraphQL error body (<c>{"errors":[…]}</c>) with an HTTP status.</summary>
internal static class GraphQLHttpErrors
{
    // The body is JSON for API clients, never embedded in HTML, so '+' and '\'' need no escaping.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int status, string code, string message, string? mediaType = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType ?? "application/json"}; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, Options, context.RequestAborted);
    }
}
