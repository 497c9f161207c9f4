namespace LivcR.Support.Bench;

/// <summary>Throughput and latency percentiles (nearest rank) of a series of calls.</summary>
internal sealed record Latency(int Count, double PerSecond, double P50Ms, double P99Ms)
{
    public static Latency From(IReadOnlyCollection<double> milliseconds, TimeSpan wall)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Latency(0, 0, 0, 0);
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Latency(sorted.Length, sorted.Length / wall.TotalSeconds, At(0.50), At(0.99));
    }
}
