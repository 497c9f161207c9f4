using System.Security.Cryptography;
using System.Text;

namespace LivcR.Support.Silo.Network;

/// <summary>The secret part of an invitation code: 12 characters from an alphabet without look-alikes; only its hash is stored.</summary>
public static class InvitationSecret
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A fresh secret (60 bits of randomness).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 12);

    /// <summary>The stored form of a secret (SHA-256, hex); case-insensitive input.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret.Trim().ToUpperInvariant())));

    /// <summary>True when the secret matches the stored hash (constant-time comparison).</summary>
    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));
}
