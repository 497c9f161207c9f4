using System.Text.Encodings.Web;
using System.Text.Json;
using LivcR.Support.Contracts.Errors;

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

    /// <summary>A refusal of a plain HTTP endpoint (exports, attachments) with the status its code stands for.</summary>
    public static Task WriteRefusalAsync(HttpContext context, SupportException refused) =>
        WriteAsync(context, StatusOf(refused.Code), refused.Code, refused.Message);

    /// <summary>The HTTP status of a <see cref="SupportErrorCode"/>.</summary>
    public static int StatusOf(string code) => code switch
    {
        SupportErrorCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        SupportErrorCode.Forbidden => StatusCodes.Status403Forbidden,
        SupportErrorCode.NotFound => StatusCodes.Status404NotFound,
        SupportErrorCode.Conflict => StatusCodes.Status409Conflict,
        SupportErrorCode.RateLimited => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };
}
