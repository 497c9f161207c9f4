namespace LivcR.Support.Bench;

/// <summary>Throughput and latency percentiles of a series of calls.</summary>
internal sealed record Latency(int Count, double PerSecond, double P50Ms, double P99Ms)
{
    public static Latency From(IReadOnlyList<double> milliseconds, TimeSpan wall)
    {
        var sorted = milliseconds.Order().ToList();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        return new Latency(sorted.Count, sorted.Count / wall.TotalSeconds, At(0.5), At(0.99));
    }
}
