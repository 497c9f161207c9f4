using System.Globalization;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>
/// Builds ticket statistics: created and resolved counts, median and 90th percentile of first-response and resolution
/// business time, and the share of measured tickets that met their SLA targets.
/// </summary>
public static class TicketReport
{
    /// <summary>The groups, sorted by key.</summary>
    /// <param name="rows">Tickets created or resolved in the period.</param>
    /// <param name="from">Start of the period (inclusive).</param>
    /// <param name="to">End of the period (exclusive).</param>
    /// <param name="grouping">How to group.</param>
    /// <param name="zone">Time zone for weeks and months.</param>
    /// <param name="targets">First-response and resolution target of a priority.</param>
    public static IReadOnlyList<TicketStatsGroup> Build(
        IReadOnlyList<ReportRow> rows,
        DateTimeOffset from,
        DateTimeOffset to,
        ReportGrouping grouping,
        TimeZoneInfo zone,
        Func<TicketPriority, (TimeSpan FirstResponse, TimeSpan Resolution)> targets)
    {
        bool In(DateTimeOffset? t) => t is { } v && v >= from && v < to;
        var created = rows.Where(r => In(r.CreatedAt)).Select(r => (Key: Key(r, r.CreatedAt, grouping, zone), Row: r));
        var resolved = rows.Where(r => In(r.ResolvedAt)).Select(r => (Key: Key(r, r.ResolvedAt!.Value, grouping, zone), Row: r));
        var keys = created.Select(c => c.Key).Concat(resolved.Select(r => r.Key)).Distinct().Order(StringComparer.Ordinal);
        return keys.Select(key =>
        {
            var createdHere = created.Where(c => c.Key == key).Select(c => c.Row).ToList();
            var resolvedHere = resolved.Where(r => r.Key == key).Select(r => r.Row).ToList();
            var firstResponses = createdHere.Where(r => r.FirstResponseSeconds is not null).Select(r => r.FirstResponseSeconds!.Value / 3600.0).ToList();
            var resolutions = resolvedHere.Where(r => r.ResolutionSeconds is not null).Select(r => r.ResolutionSeconds!.Value / 3600.0).ToList();
            var measured = resolvedHere.Where(r => r.ResolutionSeconds is not null).ToList();
            double? compliance = measured.Count == 0
                ? null
                : Math.Round(100.0 * measured.Count(r => MetTargets(r, targets(r.Priority))) / measured.Count, 1);
            return new TicketStatsGroup(key, createdHere.Count, resolvedHere.Count, Percentile(firstResponses, 0.5), Percentile(firstResponses, 0.9), Percentile(resolutions, 0.5), Percentile(resolutions, 0.9), compliance);
        }).ToList();
    }

    /// <summary>The p-th percentile (nearest rank), rounded to 0.1 hour; null for no values.</summary>
    public static double? Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank, 1, sorted.Count) - 1], 1);
    }

    private static bool MetTargets(ReportRow row, (TimeSpan FirstResponse, TimeSpan Resolution) target) =>
        row.ResolutionSeconds <= target.Resolution.TotalSeconds
        && (row.FirstResponseSeconds is null || row.FirstResponseSeconds <= target.FirstResponse.TotalSeconds);

    private static string Key(ReportRow row, DateTimeOffset at, ReportGrouping grouping, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        return grouping switch
        {
            ReportGrouping.Week => $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):D2}",
            ReportGrouping.Month => local.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ReportGrouping.Category => row.Category ?? "(geen)",
            ReportGrouping.Province => row.Province,
            ReportGrouping.Priority => row.Priority.ToString().ToUpperInvariant(),
            ReportGrouping.Assignee => row.Assignee ?? "(niemand)",
            _ => row.MunicipalityNisCode,
        };
    }
}
