namespace LivcR.Support.Bench;

/// <summary>
/// Throughput and latency percentiles (nearest rank) of a series of calls; for a load, also the rate over its first and
/// last tenth (does it slow down as the database grows?).
/// </summary>
internal sealed record Latency(int Count, double PerSecond, double P50Ms, double P99Ms, double FirstTenthPerSecond = 0, double LastTenthPerSecond = 0, double P95Ms = 0)
{
    /// <param name="milliseconds">The duration of each call.</param>
    /// <param name="wall">The wall time of the whole series.</param>
    /// <param name="completedAt">Optional: seconds since the start at which the 1st, 2nd, … call completed.</param>
    public static Latency From(IReadOnlyCollection<double> milliseconds, TimeSpan wall, IReadOnlyList<double>? completedAt = null)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Latency(0, 0, 0, 0);
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        var (first, last) = completedAt is { Count: >= 20 } times ? Tenths(times) : (0, 0);
        return new Latency(sorted.Length, sorted.Length / wall.TotalSeconds, At(0.50), At(0.99), first, last, At(0.95));
    }

    private static (double First, double Last) Tenths(IReadOnlyList<double> completedAt)
    {
        var n = completedAt.Count;
        var tenth = n / 10;
        var lastSpan = completedAt[n - 1] - completedAt[n - 1 - tenth];
        return (tenth / completedAt[tenth - 1], lastSpan > 0 ? tenth / lastSpan : 0);
    }
}
