using System.Text.Json;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Writes a request-level GraphQL error body (<c>{"errors":[…]}</c>) with an HTTP status.</summary>
internal static class GraphQLHttpErrors
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, string? mediaType = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType ?? "application/json"}; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
