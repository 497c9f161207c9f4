using System.Net;

namespace LivcR.Support.Client;

/// <summary>The server refused or failed a call; <see cref="Code"/> says why.</summary>
/// <remarks>
/// <see cref="Exception.Message"/> is the server's message of the first error, unchanged. When a response holds several
/// errors, <see cref="Errors"/> lists them all.
/// </remarks>
public sealed class SupportClientException : Exception
{
    /// <summary>Creates the exception for the errors of one response.</summary>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="errors">The errors, at least one.</param>
    /// <param name="retryAfter">The server's Retry-After, when it gave one.</param>
    /// <param name="innerException">What failed on the client's side, if anything.</param>
    public SupportClientException(HttpStatusCode statusCode, IReadOnlyList<SupportError> errors, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(First(errors).Message, innerException)
    {
        StatusCode = statusCode;
        Errors = errors;
        RetryAfter = retryAfter;
    }

    /// <summary>The first error's code (see <see cref="SupportErrorCodes"/>), e.g. <c>CONFLICT</c>.</summary>
    public string Code => Errors[0].Code;

    /// <summary>The input field the first error is about (for <see cref="SupportErrorCodes.BadUserInput"/>), when given.</summary>
    public string? Field => Errors[0].Field;

    /// <summary>The HTTP status: 200 for errors in a GraphQL result, 400 for a document the server could not run, 401, 413, 429, ….</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>All errors of the response.</summary>
    public IReadOnlyList<SupportError> Errors { get; }

    /// <summary>How long to wait before trying again, when the server said so (with <see cref="SupportErrorCodes.RateLimited"/>).</summary>
    public TimeSpan? RetryAfter { get; }

    private static SupportError First(IReadOnlyList<SupportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0 ? errors[0] : throw new ArgumentException("At least one error is needed.", nameof(errors));
    }
}
