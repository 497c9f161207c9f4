namespace LivcR.Support.Silo.Tickets.Sla;

/// <summary>
/// Business hours for SLA clocks: a daily window of local wall-clock time on business days
/// (Monday to Friday, except Belgian public holidays and the calendar's closing days).
/// </summary>
/// <remarks>
/// Hours are counted between the real instants of opening and closing in the time zone, so a day is as long
/// as its window (09:00–17:00 in Brussels is always 8 hours, on either side of a daylight-saving change).
/// Methods walk whole days, never minutes.
/// </remarks>
public sealed class BusinessCalendar
{
    private readonly TimeZoneInfo _zone;
    private readonly TimeOnly _dayStart;
    private readonly TimeOnly _dayEnd;
    private readonly HashSet<DateOnly> _closingDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="zone">The time zone of the opening hours.</param>
    /// <param name="dayStart">The local opening time.</param>
    /// <param name="dayEnd">The local closing time, after <paramref name="dayStart"/>.</param>
    /// <param name="closingDays">Extra days without business hours, such as bridge or replacement days.</param>
    /// <exception cref="ArgumentException">The closing time is not after the opening time.</exception>
    public BusinessCalendar(TimeZoneInfo zone, TimeOnly dayStart, TimeOnly dayEnd, IEnumerable<DateOnly> closingDays)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(closingDays);
        if (dayEnd <= dayStart)
        {
            throw new ArgumentException("The closing time must be after the opening time.", nameof(dayEnd));
        }

        _zone = zone;
        _dayStart = dayStart;
        _dayEnd = dayEnd;
        _closingDays = [.. closingDays];
    }

    /// <summary>The helpdesk calendar: Europe/Brussels, 09:00–17:00.</summary>
    /// <param name="closingDays">Extra days without business hours; none when null.</param>
    /// <returns>A calendar for Brussels office hours.</returns>
    public static BusinessCalendar Brussels(IEnumerable<DateOnly>? closingDays = null) =>
        new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"), new TimeOnly(9, 0), new TimeOnly(17, 0), closingDays ?? []);

    /// <summary>Whether a date has business hours: a weekday that is neither a Belgian public holiday nor a closing day.</summary>
    /// <param name="date">A local date.</param>
    /// <returns>True on business days.</returns>
    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_closingDays.Contains(date)
        && !BelgianHolidays.IsHoliday(date);

    /// <summary>The business time between two instants.</summary>
    /// <param name="from">The first instant.</param>
    /// <param name="to">The second instant.</param>
    /// <returns>The part of the interval inside business hours; zero when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        var last = LocalDate(to);
        for (var date = LocalDate(from); date <= last; date = date.AddDays(1))
        {
            if (IsBusinessDay(date))
            {
                var open = Max(At(date, _dayStart), from);
                var close = Min(At(date, _dayEnd), to);
                if (close > open)
                {
                    total += close - open;
                }
            }
        }

        return total;
    }

    /// <summary>The instant at which a given amount of business time has passed after a start.</summary>
    /// <param name="start">The start; outside business hours the count begins at the next opening.</param>
    /// <param name="duration">The business time to add; not negative.</param>
    /// <returns>
    /// The end instant in UTC. A duration that uses up a day exactly ends at that day's closing time,
    /// not at the next opening.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);

        var remaining = duration;
        for (var date = LocalDate(start); ; date = date.AddDays(1))
        {
            if (!IsBusinessDay(date))
            {
                continue;
            }

            var open = Max(At(date, _dayStart), start);
            var close = At(date, _dayEnd);
            if (open > close)
            {
                continue;
            }

            if (remaining <= close - open)
            {
                return (open + remaining).ToUniversalTime();
            }

            remaining -= close - open;
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    private DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
