namespace LivcR.Support.Client;

/// <summary>The error codes a <see cref="SupportClientException"/> can carry (<see cref="SupportClientException.Code"/>).</summary>
/// <remarks>
/// The server's codes come from <c>extensions.code</c> of its errors; GraphQL validation errors carry GraphQL.NET's own
/// codes (e.g. <c>FIELDS_ON_CORRECT_TYPE</c>), which mean the client and the server's schema disagree. When a response
/// has no error body, the code is derived from the HTTP status (401, 403, 404, 409, 413, 429).
/// </remarks>
public static class SupportErrorCodes
{
    /// <summary>The input is wrong; <see cref="SupportClientException.Field"/> names the offending field. Nothing was changed.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The thing does not exist, or it is outside the caller's scope (existence is not revealed).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The caller may not do this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The change conflicts with the current state: a stale <c>expectedVersion</c>, a status move that is not allowed, a domain owned elsewhere.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>No token, or an invalid or expired one (HTTP 401), or a wrong sign-in code. Sign in again.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Too many requests (HTTP 429); wait <see cref="SupportClientException.RetryAfter"/> when given, else a minute.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The request or the file is larger than the server accepts (HTTP 413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The HTTP request itself was refused (HTTP 400 without a GraphQL error).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>Something failed on the server; the message is generic on purpose.</summary>
    public const string Internal = "INTERNAL";

    /// <summary>Any other HTTP failure without an error body (a proxy's 502, a 503 while starting).</summary>
    public const string HttpError = "HTTP_ERROR";

    /// <summary>The response could not be read as the client expects: the client and the server's schema disagree.</summary>
    public const string InvalidResponse = "INVALID_RESPONSE";
}
