namespace LivcR.Support.RetentionBench;

/// <summary>One database's figures.</summary>
internal sealed record RetentionResult(
    string Database,
    TimeSpan Seeding,
    TimeSpan Retention,
    int Anonymised,
    Percentiles ReadsBefore,
    Percentiles ReadsDuring,
    Percentiles WritesBefore,
    Percentiles WritesDuring,
    int ReadErrors,
    int WriteErrors);

/// <summary>Nearest-rank percentiles of a series of calls, in milliseconds.</summary>
internal sealed record Percentiles(int Count, double P50, double P95, double P99)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(sorted.Length, At(0.50), At(0.95), At(0.99));
    }
}
