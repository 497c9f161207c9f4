namespace LivcR.Support.Silo.Tickets.Sla;

/// <summary>The ten legal public holidays of Belgium.</summary>
/// <remarks>
/// A holiday that falls on a weekend stays on its date: Belgian law gives a replacement day per employer,
/// not a general substitute, so replacement days belong in a calendar's closing days.
/// </remarks>
public static class BelgianHolidays
{
    /// <summary>The first year of the Gregorian calendar for which the computus applies.</summary>
    private const int FirstGregorianYear = 1583;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<DateOnly>> ByYear = new();

    /// <summary>The dates of the legal public holidays of a year, in date order.</summary>
    /// <param name="year">A Gregorian year, 1583 to 9999.</param>
    /// <returns>
    /// New Year, Easter Monday, Labour Day, Ascension Day (Easter + 39), Whit Monday (Easter + 50), National Day,
    /// Assumption, All Saints, Armistice and Christmas; each date once, so nine dates in a year where
    /// Ascension Day falls on Labour Day (as in 2008).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1583–9999.</exception>
    public static IReadOnlyList<DateOnly> For(int year) => Compute(year);

    /// <summary>Whether <paramref name="date"/> is a legal public holiday (each year is computed once, then remembered).</summary>
    /// <param name="date">A date in the Gregorian years 1583 to 9999.</param>
    /// <returns>True on the ten (or nine) holidays of <see cref="For"/>.</returns>
    public static bool IsHoliday(DateOnly date) => ByYear.GetOrAdd(date.Year, static year => [.. Compute(year)]).Contains(date);

    private static DateOnly[] Compute(int year)
    {
        var easter = EasterSunday(year);
        DateOnly[] holidays =
        [
            new DateOnly(year, 1, 1),
            easter.AddDays(1),
            new DateOnly(year, 5, 1),
            easter.AddDays(39),
            easter.AddDays(50),
            new DateOnly(year, 7, 21),
            new DateOnly(year, 8, 15),
            new DateOnly(year, 11, 1),
            new DateOnly(year, 11, 11),
            new DateOnly(year, 12, 25),
        ];
        return [.. holidays.Distinct().Order()];
    }

    /// <summary>Easter Sunday of a year by the Gregorian computus (the anonymous, or Meeus/Jones/Butcher, algorithm).</summary>
    /// <param name="year">A Gregorian year, 1583 to 9999.</param>
    /// <returns>The date of Easter Sunday, between 22 March and 25 April.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1583–9999.</exception>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstGregorianYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        var golden = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var skippedLeaps = century / 4;
        var centuryRest = century % 4;
        var lunarCorrection = (century + 8) / 25;
        var solarCorrection = (century - lunarCorrection + 1) / 3;
        var epact = ((19 * golden) + century - skippedLeaps - solarCorrection + 15) % 30;
        var leaps = yearOfCentury / 4;
        var yearRest = yearOfCentury % 4;
        var weekday = (32 + (2 * centuryRest) + (2 * leaps) - epact - yearRest) % 7;
        var shift = (golden + (11 * epact) + (22 * weekday)) / 451;
        var daysFromMarch = epact + weekday - (7 * shift) + 114;
        return new DateOnly(year, daysFromMarch / 31, (daysFromMarch % 31) + 1);
    }
}
