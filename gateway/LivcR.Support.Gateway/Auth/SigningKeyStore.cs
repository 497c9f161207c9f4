using System.Security.Cryptography;
using LivcR.Support.Silo.Mail.Threading;
using Microsoft.IdentityModel.Tokens;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Loads the standalone token-signing key, creating it (random, owner-only file, written atomically) on first start.</summary>
public static class SigningKeyStore
{
    /// <summary>The key at this path, created when missing.</summary>
    public static SymmetricSecurityKey LoadOrCreate(string path)
    {
        var bytes = SecretFileStore.LoadOrCreate(path, length: 64, minimumLength: 32);
        return new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexString(SHA256.HashData(bytes))[..16] };
    }
}
