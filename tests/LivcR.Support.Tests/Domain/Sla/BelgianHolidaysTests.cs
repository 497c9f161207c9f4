using LivcR.Support.Silo.Tickets.Sla;

namespace LivcR.Support.Tests.Domain.Sla;

public sealed class BelgianHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void EasterSunday_KnownYear_IsTheGregorianEaster(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), BelgianHolidays.EasterSunday(year));

    [Fact]
    public void EasterSunday_Years1583To2600_AlwaysASundayBetween22MarchAnd25April()
    {
        for (var year = 1583; year <= 2600; year++)
        {
            var easter = BelgianHolidays.EasterSunday(year);

            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void EasterSunday_YearOutsideGregorianRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianHolidays.EasterSunday(year));

    [Fact]
    public void For_2026_ReturnsTheTenLegalHolidaysInDateOrder()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1),
            new(2026, 4, 6),
            new(2026, 5, 1),
            new(2026, 5, 14),
            new(2026, 5, 25),
            new(2026, 7, 21),
            new(2026, 8, 15),
            new(2026, 11, 1),
            new(2026, 11, 11),
            new(2026, 12, 25),
        ];

        Assert.Equal(expected, BelgianHolidays.For(2026));
    }

    [Theory]
    [InlineData(2024, "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2025, "2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData(2026, "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData(2027, "2027-03-29", "2027-05-06", "2027-05-17")]
    [InlineData(2038, "2038-04-26", "2038-06-03", "2038-06-14")]
    public void For_EasterBasedHolidays_FollowEasterOfThatYear(int year, string easterMonday, string ascension, string whitMonday)
    {
        var holidays = BelgianHolidays.For(year);

        Assert.Contains(DateOnly.Parse(easterMonday), holidays);
        Assert.Contains(DateOnly.Parse(ascension), holidays);
        Assert.Contains(DateOnly.Parse(whitMonday), holidays);
        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(easterMonday).DayOfWeek);
        Assert.Equal(DayOfWeek.Thursday, DateOnly.Parse(ascension).DayOfWeek);
        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(whitMonday).DayOfWeek);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2031)]
    [InlineData(2099)]
    public void For_AnyYear_ContainsTheSevenFixedHolidays(int year)
    {
        var holidays = BelgianHolidays.For(year);

        Assert.Contains(new DateOnly(year, 1, 1), holidays);
        Assert.Contains(new DateOnly(year, 5, 1), holidays);
        Assert.Contains(new DateOnly(year, 7, 21), holidays);
        Assert.Contains(new DateOnly(year, 8, 15), holidays);
        Assert.Contains(new DateOnly(year, 11, 1), holidays);
        Assert.Contains(new DateOnly(year, 11, 11), holidays);
        Assert.Contains(new DateOnly(year, 12, 25), holidays);
        Assert.Equal(10, holidays.Count);
    }

    [Fact]
    public void For_2026_KeepsHolidaysThatFallOnAWeekendOnTheirDate()
    {
        var holidays = BelgianHolidays.For(2026);

        Assert.Contains(new DateOnly(2026, 8, 15), holidays);
        Assert.Contains(new DateOnly(2026, 11, 1), holidays);
        Assert.DoesNotContain(new DateOnly(2026, 8, 17), holidays);
        Assert.DoesNotContain(new DateOnly(2026, 11, 2), holidays);
    }

    [Fact]
    public void For_2008AscensionOnLabourDay_ListsTheSharedDateOnce()
    {
        var holidays = BelgianHolidays.For(2008);

        Assert.Equal(9, holidays.Count);
        Assert.Single(holidays, date => date == new DateOnly(2008, 5, 1));
    }

    [Fact]
    public void For_2285AscensionOn30April_SortsItBeforeLabourDay()
    {
        var holidays = BelgianHolidays.For(2285);

        Assert.Equal(new DateOnly(2285, 4, 30), holidays[2]);
        Assert.Equal(new DateOnly(2285, 5, 1), holidays[3]);
    }

    [Fact]
    public void For_Years1990To2060_DatesAreDistinctAscendingAndInTheYear()
    {
        for (var year = 1990; year <= 2060; year++)
        {
            var holidays = BelgianHolidays.For(year);

            Assert.All(holidays, date => Assert.Equal(year, date.Year));
            Assert.True(holidays.Zip(holidays.Skip(1)).All(pair => pair.First < pair.Second), $"holidays of {year} are not ascending");
        }
    }

    [Theory]
    [InlineData("2026-04-06", true)]
    [InlineData("2026-05-14", true)]
    [InlineData("2027-03-29", true)]
    [InlineData("2026-07-21", true)]
    [InlineData("2026-04-07", false)]
    [InlineData("2027-04-06", false)]
    public void IsHoliday_Date_MatchesTheYearsList(string date, bool holiday)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(holiday, BelgianHolidays.IsHoliday(day));
        Assert.Equal(holiday, BelgianHolidays.For(day.Year).Contains(day));
    }
}
