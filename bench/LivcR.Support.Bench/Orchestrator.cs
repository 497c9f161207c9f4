using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace LivcR.Support.Bench;

/// <summary>Runs each mode in a child process (PostgreSQL mode against a throwaway server), then prints and writes the report.</summary>
internal static class Orchestrator
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // the report's numbers, whatever the machine's locale
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        Console.WriteLine($"LivcR.Support benchmark: {arguments.Tickets} tickets per mode on {Machine.Describe()}");
        var started = DateTimeOffset.UtcNow;
        var results = new List<ModeResult>();
        var notes = new List<string>();
        var idle = 100 - await CpuMeter.SampleMachineAsync(TimeSpan.FromSeconds(2));
        if (idle < 80)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The machine was only {idle:0}% idle just before the run: other processes were running, so the figures are pessimistic."));
        }

        var failed = false;
        try
        {
            failed |= !await RunModeAsync(BenchMode.Sqlite, arguments.Tickets, null, results, notes, cancel.Token);
            if (LocalPostgres.FindBinaries() is not { } bin)
            {
                notes.Add("PostgreSQL mode not run: no server binaries under /usr/lib/postgresql/*/bin.");
            }
            else
            {
                LocalPostgres? postgres = null;
                try
                {
                    postgres = await LocalPostgres.StartAsync(durable: true);
                    Console.WriteLine($"PostgreSQL from {bin} started (PID {postgres.Pid}).");
                }
                catch (InvalidOperationException ex)
                {
                    notes.Add($"PostgreSQL mode not run: the server did not start ({ex.Message}).");
                    failed = true;
                }

                if (postgres is not null)
                {
                    await using (postgres)
                    {
                        failed |= !await RunModeAsync(BenchMode.PostgreSql, arguments.Tickets, postgres.ConnectionString() + ";Maximum Pool Size=50", results, notes, cancel.Token);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled: child processes and the PostgreSQL server were stopped; RESULTS.md left as it was.");
            return 130;
        }

        var report = Report.Render(started, arguments.Tickets, results, notes);
        Console.WriteLine();
        Console.WriteLine(report);
        var file = Path.Combine(Report.BenchFolder(), "RESULTS.md");
        await File.WriteAllTextAsync(file, report);
        Console.WriteLine($"Written to {file}");
        return failed ? 1 : 0;
    }

    private static async Task<bool> RunModeAsync(BenchMode mode, int tickets, string? connectionString, List<ModeResult> results, List<string> notes, CancellationToken cancel)
    {
        var data = Directory.CreateTempSubdirectory("livcr-bench-");
        try
        {
            using var child = Process.Start(ChildCommand(mode, tickets, connectionString, data.FullName))
                ?? throw new InvalidOperationException("The mode process did not start.");
            try
            {
                await child.WaitForExitAsync(cancel);
            }
            catch (OperationCanceledException)
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync(CancellationToken.None);
                throw;
            }

            var resultFile = ModeWorker.ResultFile(data.FullName);
            if (child.ExitCode == 0 && File.Exists(resultFile))
            {
                results.Add(JsonSerializer.Deserialize<ModeResult>(await File.ReadAllTextAsync(resultFile, cancel))!);
                return true;
            }

            notes.Add($"{mode} mode failed (exit code {child.ExitCode}); see the console output of the run.");
            return false;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>This program again (the apphost, or <c>dotnet</c> with this assembly), for one mode.</summary>
    private static ProcessStartInfo ChildCommand(BenchMode mode, int tickets, string? connectionString, string data)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var info = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(Orchestrator).Assembly.Location);
        }

        foreach (var argument in (string[])["--mode", $"{mode}", "--tickets", $"{tickets}", "--data", data])
        {
            info.ArgumentList.Add(argument);
        }

        if (connectionString is not null)
        {
            info.ArgumentList.Add("--connection");
            info.ArgumentList.Add(connectionString);
        }

        return info;
    }
}
