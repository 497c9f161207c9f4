using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using LivcR.Support.Silo.Privacy;

namespace LivcR.Support.PrivacyBench;

/// <summary>Times <see cref="PersonalDataDetector.Find"/> on 64 KiB bodies built to be hard (and one ordinary one).</summary>
public static class DetectorBench
{
    /// <summary>The target of issue 13 for the digits-only body, in milliseconds.</summary>
    public const double TargetMilliseconds = 5;

    private const int Size = 64 * 1024;

    /// <summary>Each body's name, what the detector found in it, and its p50/p99/max time.</summary>
    public static IReadOnlyList<(string Body, int Found, double P50, double P99, double Max)> Run(int iterations)
    {
        var bodies = new (string Name, string Text)[]
        {
            ("digits only", new string('7', Size)),
            ("digits and single spaces", Repeat("1 ")),
            ("digits and dots (one long token)", Repeat("1.")),
            ("digit pairs, mixed separators and line ends", Repeat("12 34.56-\n")),
            ("email-like (a@a@…)", Repeat("a@")),
            ("IBAN-like (BE12BE12…)", Repeat("BE12 ")),
            ("HTML entities (&#56;&#56;…)", Repeat("&#56;")),
            ("a Dutch mail with 200 numbers", Repeat("Dossier 85.07.30-033.28, bel 0470 12 34 56 of mail jan@example.org; ticket 2026-00042, 9000 Gent, € 1.234,56.\n")),
        };
        var results = new List<(string, int, double, double, double)>();
        foreach (var (name, text) in bodies)
        {
            var found = PersonalDataDetector.Find(text).Count;
            for (var i = 0; i < 200; i++)
            {
                _ = PersonalDataDetector.Find(text);
            }

            var times = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                var started = Stopwatch.GetTimestamp();
                _ = PersonalDataDetector.Find(text);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Array.Sort(times);
            results.Add((name, found, Rank(times, 0.50), Rank(times, 0.99), times[^1]));
        }

        return results;
    }

    /// <summary>The results as a Markdown table.</summary>
    public static string Table(IReadOnlyList<(string Body, int Found, double P50, double P99, double Max)> results)
    {
        var text = new StringBuilder("| body (64 KiB) | found | p50 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var (body, found, p50, p99, max) in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {body} | {found} | {p50:0.00} | {p99:0.00} | {max:0.00} |\n");
        }

        return text.ToString();
    }

    /// <summary>The whole report for <c>bench/RESULTS-privacy.md</c>.</summary>
    public static string Report(IReadOnlyList<(string Body, int Found, double P50, double P99, double Max)> results, int iterations)
    {
        var digits = results[0];
        var met = digits.P99 <= TargetMilliseconds;
        return $"""
            # Personal-data detector

            {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.
            `dotnet run -c Release --project bench/LivcR.Support.PrivacyBench -- --iterations {iterations}`: each 64 KiB body scanned
            {iterations} times after a warm-up of 200, one thread.

            {Table(results)}
            Target (issue 13): a 64 KiB digits-only body in at most {TargetMilliseconds:0} ms — p99 {digits.P99:0.00} ms: **{(met ? "met" : "not met")}**.

            """;
    }

    /// <summary>The repository's bench folder (the working directory when run from elsewhere).</summary>
    public static string BenchFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LivcR.Support.sln")))
            {
                return Path.Combine(folder.FullName, "bench");
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string Repeat(string unit) => string.Concat(Enumerable.Repeat(unit, (Size / unit.Length) + 1))[..Size];

    private static double Rank(double[] sorted, double quantile) => sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
