using System.Security.Cryptography;
using System.Text;
using LivcR.Support.Contracts.Errors;

namespace LivcR.Support.Contracts.Requests;

/// <summary>
/// The idempotency key of a creating mutation (<c>clientRequestId</c>): the same key from the same caller within
/// <see cref="Window"/> returns the first result instead of creating again.
/// </summary>
/// <remarks>
/// Keys are scoped to the caller, so two callers cannot collide or read each other's results, and stored only as the
/// SHA-256 of caller and key (no address in the tables of keys).
/// </remarks>
public static class ClientRequestIds
{
    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>How long a key is remembered.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromHours(24);

    /// <summary>The stored form of <paramref name="clientRequestId"/> for this caller; null when the caller gave none.</summary>
    /// <exception cref="SupportException">BAD_USER_INPUT for an empty or too long key.</exception>
    public static string? Scope(string callerEmail, string? clientRequestId)
    {
        ArgumentNullException.ThrowIfNull(callerEmail);
        if (clientRequestId is null)
        {
            return null;
        }

        var key = clientRequestId.Trim();
        if (key.Length is 0 or > MaxLength)
        {
            throw SupportException.BadInput("clientRequestId", $"Een clientRequestId heeft 1 tot {MaxLength} tekens.");
        }

        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(callerEmail.Trim().ToLowerInvariant() + "\n" + key));
        return Convert.ToHexStringLower(bytes);
    }
}
