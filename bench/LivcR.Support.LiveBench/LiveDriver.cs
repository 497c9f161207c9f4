using System.Globalization;

namespace LivcR.Support.LiveBench;

/// <summary>Runs each transport against a fresh gateway child, then prints and writes the report.</summary>
internal static class LiveDriver
{
    public static async Task<int> RunAsync(LiveBenchArguments arguments)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // the report's numbers, whatever the machine's locale
        Console.WriteLine($"LivcR.Support live benchmark: {arguments.Subscriptions} subscriptions, {arguments.Changes} changes on {Machine.Describe()}");

        var started = DateTimeOffset.UtcNow;
        var notes = new List<string>();
        var idle = 100 - await CpuMeter.SampleMachineAsync(TimeSpan.FromSeconds(2));
        var load = File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        notes.Add(idle < 80
            ? $"The machine was only {idle:0}% idle just before the run (load average over 1 / 5 / 15 min: {load}): other processes were running, so the figures are pessimistic."
            : $"The machine was {idle:0}% idle just before the run (load average over 1 / 5 / 15 min: {load}).");

        var results = new List<LiveResult>();
        var failed = false;
        foreach (var (run, transport) in Enumerable.Range(1, arguments.Runs).SelectMany(r => arguments.Transports.Select(t => (r, t))))
        {
            try
            {
                await using var gateway = await GatewayProcess.StartAsync();
                await using var measuring = new LiveRun(gateway, transport, run, arguments.Subscriptions, arguments.Changes);
                results.Add(await measuring.MeasureAsync());
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
            {
                Console.Error.WriteLine($"{transport}, run {run} failed: {ex}");
                notes.Add($"{transport}, run {run} not measured: {ex.GetType().Name}: {ex.Message}");
                failed = true;
            }
        }

        var report = LiveReport.Render(started, arguments, results, notes);
        Console.WriteLine();
        Console.WriteLine(report);
        var file = arguments.Output ?? Path.Combine(RepositoryRoot.Find() is { } root ? Path.Combine(root, "bench") : Directory.GetCurrentDirectory(), "RESULTS-live.md");
        await File.WriteAllTextAsync(file, report);
        Console.WriteLine($"Written to {file}");
        return failed ? 1 : 0;
    }
}
