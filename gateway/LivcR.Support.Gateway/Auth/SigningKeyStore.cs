using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Loads the standalone token-signing key, creating it (random, owner-only file) on first start.</summary>
public static class SigningKeyStore
{
    /// <summary>The key at this path, created when missing.</summary>
    public static SymmetricSecurityKey LoadOrCreate(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var key = RandomNumberGenerator.GetBytes(64);
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(full, create))
            {
                file.Write(key);
            }
        }

        var bytes = File.ReadAllBytes(full);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException($"The signing key in {full} is too short; delete it to have a new one made.");
        }

        return new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexString(SHA256.HashData(bytes))[..16] };
    }
}
