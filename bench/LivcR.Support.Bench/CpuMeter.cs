using System.Diagnostics;
using System.Globalization;

namespace LivcR.Support.Bench;

/// <summary>
/// CPU use over an interval, as a percentage of all cores: the whole machine (from <c>/proc/stat</c>; -1 where it is
/// missing) and this process. Tells whether a phase was CPU-bound and whether anything else was running.
/// </summary>
internal sealed class CpuMeter
{
    private readonly (long Busy, long Total) _machine = MachineTicks();
    private readonly TimeSpan _process = ProcessTime();
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    public static CpuMeter Start() => new();

    /// <summary>Machine and process CPU use since the start, in % of all cores.</summary>
    public CpuUse Stop()
    {
        var (busy, total) = MachineTicks();
        var elapsed = Stopwatch.GetElapsedTime(_started);
        var machine = total > _machine.Total ? 100.0 * (busy - _machine.Busy) / (total - _machine.Total) : -1;
        var cpu = ProcessTime() - _process;
        return new CpuUse(
            Math.Round(machine, 1),
            Math.Round(100.0 * cpu.TotalSeconds / (elapsed.TotalSeconds * Environment.ProcessorCount), 1),
            cpu.TotalMilliseconds,
            GC.GetTotalAllocatedBytes() - _allocated,
            [GC.CollectionCount(0) - _collections[0], GC.CollectionCount(1) - _collections[1], GC.CollectionCount(2) - _collections[2]]);
    }

    /// <summary>How busy the machine is over a short sample (before a run: is anything else running?).</summary>
    public static async Task<double> SampleMachineAsync(TimeSpan interval)
    {
        var meter = Start();
        await Task.Delay(interval);
        return meter.Stop().MachinePercent;
    }

    private static TimeSpan ProcessTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static (long Busy, long Total) MachineTicks()
    {
        const string Stat = "/proc/stat";
        if (!File.Exists(Stat))
        {
            return (0, 0);
        }

        // cpu  user nice system idle iowait irq softirq steal guest guest_nice
        var fields = File.ReadLines(Stat).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}

/// <summary>
/// CPU use in % of all cores (the machine as a whole and this process), this process's CPU time, the bytes it allocated
/// and its garbage collections per generation over the interval.
/// </summary>
internal sealed record CpuUse(double MachinePercent, double ProcessPercent, double ProcessCpuMs, long AllocatedBytes, int[] Collections);
