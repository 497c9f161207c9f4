namespace LivcR.Support.Contracts.Errors;

/// <summary>The stable error codes the API puts in <c>extensions.code</c>.</summary>
public static class SupportErrorCode
{
    /// <summary>The input is invalid; nothing was changed.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The thing does not exist (or is outside the caller's scope).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The change conflicts with the current state.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The caller is not signed in.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller may not do this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Too many requests; try again later.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>An unexpected failure; details are in the server log, never in the response.</summary>
    public const string Internal = "INTERNAL";
}
