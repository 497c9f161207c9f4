using System.Security.Cryptography;
using System.Text;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Silo.People;

/// <summary>
/// One-time sign-in codes: six digits, valid for <see cref="CodeLifetime"/>, single use, stored only as a salted hash.
/// At most <see cref="MaxCodesPerHour"/> codes an hour; <see cref="MaxFailedAttempts"/> wrong tries end the code and lock
/// the person for <see cref="Lockout"/>.
/// </summary>
public static class SignInRules
{
    /// <summary>How long a code works.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    /// <summary>How long a person is locked after too many wrong tries.</summary>
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>Wrong tries before the lock.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>Codes per person per hour.</summary>
    public const int MaxCodesPerHour = 5;

    /// <summary>Issues a new code (replacing any earlier one) and returns it in clear, for mailing.</summary>
    public static SignInCode Issue(SignInState state, DateTimeOffset now)
    {
        if (now < state.LockedUntil)
        {
            throw new SupportException(SupportErrorCode.RateLimited, "Te veel foute pogingen. Probeer het over een kwartier opnieuw.");
        }

        state.RecentRequests.RemoveAll(t => t <= now - TimeSpan.FromHours(1));
        if (state.RecentRequests.Count >= MaxCodesPerHour)
        {
            throw new SupportException(SupportErrorCode.RateLimited, "Te veel aanmeldcodes gevraagd. Probeer het binnen een uur opnieuw.");
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        state.CodeSalt = RandomNumberGenerator.GetBytes(16);
        state.CodeHash = Hash(state.CodeSalt, code);
        state.CodeExpiresAt = now + CodeLifetime;
        state.FailedAttempts = 0;
        state.RecentRequests.Add(now);
        return new SignInCode(code, state.CodeExpiresAt);
    }

    /// <summary>True when the code is right; the code is used up either way once it is right or tried too often.</summary>
    public static bool Verify(SignInState state, string code, DateTimeOffset now)
    {
        if (now < state.LockedUntil || state.CodeHash is null || state.CodeSalt is null || now >= state.CodeExpiresAt)
        {
            return false;
        }

        var given = Hash(state.CodeSalt, code.Trim());
        if (CryptographicOperations.FixedTimeEquals(given, state.CodeHash))
        {
            Clear(state);
            return true;
        }

        state.FailedAttempts++;
        if (state.FailedAttempts >= MaxFailedAttempts)
        {
            Clear(state);
            state.LockedUntil = now + Lockout;
        }

        return false;
    }

    private static void Clear(SignInState state)
    {
        state.CodeHash = null;
        state.CodeSalt = null;
        state.FailedAttempts = 0;
    }

    private static byte[] Hash(byte[] salt, string code) => SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(code)]);
}
