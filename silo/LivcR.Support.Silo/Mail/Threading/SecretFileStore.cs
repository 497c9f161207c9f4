using System.Security.Cryptography;

namespace LivcR.Support.Silo.Mail.Threading;

/// <summary>
/// A random secret kept in a file that only the service's own user can read: created on first use, read as it is after.
/// </summary>
/// <remarks>
/// For a standalone installation. Nodes of a cluster do not share a data folder, so there the secret must come from
/// configuration instead. The secret is never logged; a file that is too short is refused rather than silently replaced,
/// because replacing it would invalidate everything signed with it.
/// </remarks>
public static class SecretFileStore
{
    /// <summary>The bytes in the file at <paramref name="path"/>; a new random secret of <paramref name="length"/> bytes when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The file holds fewer than <paramref name="minimumLength"/> bytes.</exception>
    public static byte[] LoadOrCreate(string path, int length = 64, int minimumLength = 32)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, minimumLength);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var file = new FileStream(full, create);
                file.Write(RandomNumberGenerator.GetBytes(length));
                file.Flush(flushToDisk: true);
            }
            catch (IOException) when (File.Exists(full))
            {
                // Another process created it first (creating is exclusive): everyone uses that one.
            }
        }

        // A process starting at the same moment may still be writing the file it just created: a short file is read
        // again for a moment before it counts as damaged.
        var bytes = TryRead(full);
        for (var attempt = 0; bytes.Length < minimumLength && attempt < 50; attempt++)
        {
            Thread.Sleep(20);
            bytes = TryRead(full);
        }

        if (bytes.Length < minimumLength)
        {
            throw new InvalidOperationException($"The secret in {full} is shorter than {minimumLength} bytes; delete it to have a new one made.");
        }

        return bytes;
    }

    private static byte[] TryRead(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Held open by the process creating it.
            return [];
        }
    }
}
