namespace LivcR.Support.Silo.Tickets.Sla;

/// <summary>SLA arithmetic in business time: elapsed time, due time and breach, with pauses taken out.</summary>
/// <remarks>Pauses may overlap each other and the edges of the measured interval; overlapping time is counted once.</remarks>
public static class SlaClock
{
    /// <summary>The business time that counts towards the SLA between a start and now.</summary>
    /// <param name="calendar">The business calendar.</param>
    /// <param name="start">When the clock started.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="pauses">The pauses; an open pause runs until <paramref name="now"/>.</param>
    /// <returns>Business time from start to now minus the business time inside the pauses; zero when now is not after start.</returns>
    public static TimeSpan Elapsed(BusinessCalendar calendar, DateTimeOffset start, DateTimeOffset now, IReadOnlyList<SlaPause> pauses)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pauses);

        var elapsed = calendar.BusinessTimeBetween(start, now);
        foreach (var (from, to) in Merge(pauses, now))
        {
            elapsed -= calendar.BusinessTimeBetween(Max(from, start), Min(to, now));
        }

        return elapsed;
    }

    /// <summary>When the elapsed business time reaches the target.</summary>
    /// <param name="calendar">The business calendar.</param>
    /// <param name="start">When the clock started.</param>
    /// <param name="target">The SLA target in business time; not negative.</param>
    /// <param name="pauses">The pauses.</param>
    /// <returns>The due instant in UTC; null while a pause is open, because a paused clock has no due time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is negative.</exception>
    public static DateTimeOffset? DueAt(BusinessCalendar calendar, DateTimeOffset start, TimeSpan target, IReadOnlyList<SlaPause> pauses)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pauses);
        ArgumentOutOfRangeException.ThrowIfLessThan(target, TimeSpan.Zero);
        if (pauses.Any(pause => pause.IsOpen))
        {
            return null;
        }

        var cursor = start;
        var remaining = target;
        foreach (var (from, to) in Merge(pauses, DateTimeOffset.MaxValue))
        {
            if (to <= cursor)
            {
                continue;
            }

            var beforePause = calendar.BusinessTimeBetween(cursor, from);
            if (remaining <= beforePause)
            {
                return calendar.AddBusinessTime(cursor, remaining);
            }

            remaining -= beforePause;
            cursor = to;
        }

        return calendar.AddBusinessTime(cursor, remaining);
    }

    /// <summary>Whether the SLA is breached: the clock has a due time and now is past it.</summary>
    /// <param name="calendar">The business calendar.</param>
    /// <param name="start">When the clock started.</param>
    /// <param name="target">The SLA target in business time; not negative.</param>
    /// <param name="pauses">The pauses.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>True when the due time is known and lies before now; false while paused.</returns>
    public static bool IsBreached(BusinessCalendar calendar, DateTimeOffset start, TimeSpan target, IReadOnlyList<SlaPause> pauses, DateTimeOffset now) =>
        DueAt(calendar, start, target, pauses) is { } due && now > due;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static List<(DateTimeOffset From, DateTimeOffset To)> Merge(IReadOnlyList<SlaPause> pauses, DateTimeOffset openUntil)
    {
        var merged = new List<(DateTimeOffset From, DateTimeOffset To)>();
        foreach (var pause in pauses.OrderBy(pause => pause.From))
        {
            var to = pause.To ?? openUntil;
            if (merged.Count > 0 && pause.From <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, Max(merged[^1].To, to));
            }
            else if (to > pause.From)
            {
                merged.Add((pause.From, to));
            }
        }

        return merged;
    }
}
