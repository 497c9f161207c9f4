using System.Globalization;

namespace LivcR.Support.Tests.Telemetry;

/// <summary>Reads values out of the Prometheus text format, as a scraper would.</summary>
public static class PrometheusText
{
    /// <summary>The sum of the samples of <paramref name="metric"/> whose labels contain every one of <paramref name="labels"/> (<c>status="held"</c>); null when there is none.</summary>
    public static double? Value(string text, string metric, params string[] labels)
    {
        double? sum = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#') || !(line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal)))
            {
                continue;
            }

            var close = line.IndexOf('}', StringComparison.Ordinal);
            var labelText = close < 0 ? string.Empty : line[metric.Length..(close + 1)];
            if (!labels.All(l => labelText.Contains(l, StringComparison.Ordinal)))
            {
                continue;
            }

            var rest = (close < 0 ? line[metric.Length..] : line[(close + 1)..]).Trim();
            sum = (sum ?? 0) + double.Parse(rest.Split(' ')[0], CultureInfo.InvariantCulture);
        }

        return sum;
    }

    /// <summary>True when some sample's name starts with <paramref name="prefix"/>.</summary>
    public static bool HasMetricStartingWith(string text, string prefix) =>
        text.Split('\n').Any(l => !l.StartsWith('#') && l.StartsWith(prefix, StringComparison.Ordinal));
}
