using System.Runtime.InteropServices;

namespace LivcR.Support.TestSupport;

/// <summary>The few libc calls the servers need: signals by PID, file owners, the current user.</summary>
internal static partial class Posix
{
    /// <summary>SIGINT: PostgreSQL's fast shutdown.</summary>
    public const int SigInt = 2;

    /// <summary>SIGTERM: dovecot's normal shutdown.</summary>
    public const int SigTerm = 15;

    /// <summary>The uid and gid of <c>nobody</c> on Debian.</summary>
    public const uint Nobody = 65534;

    /// <summary>True when running as root (servers then drop to their own user).</summary>
    public static bool IsRoot => Environment.UserName == "root";

    [LibraryImport("libc", EntryPoint = "kill")]
    public static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "chown", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Chown(string path, uint owner, uint group);

    [LibraryImport("libc", EntryPoint = "getuid")]
    public static partial uint GetUid();

    [LibraryImport("libc", EntryPoint = "getgid")]
    public static partial uint GetGid();
}
