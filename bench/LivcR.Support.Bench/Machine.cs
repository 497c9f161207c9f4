using System.Globalization;

namespace LivcR.Support.Bench;

/// <summary>What the run ran on: cores and memory as the OS reports them.</summary>
internal static class Machine
{
    public static int Cores => Environment.ProcessorCount;

    /// <summary>MemTotal from /proc/meminfo in GiB, or what the GC sees elsewhere.</summary>
    public static double MemoryGiB()
    {
        const string MemInfo = "/proc/meminfo";
        if (File.Exists(MemInfo))
        {
            var line = File.ReadLines(MemInfo).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is { Length: >= 2 } && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kib))
            {
                return kib / (1024.0 * 1024.0);
            }
        }

        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024.0 * 1024.0);
    }

    public static string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cores} cores (nproc), {MemoryGiB():0.0} GiB memory, {Environment.OSVersion.VersionString}, .NET {Environment.Version}");
}
