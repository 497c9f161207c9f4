using LivcR.Support.Silo.Tickets.Sla;

namespace LivcR.Support.Tests.Domain.Sla;

// Brussels is UTC+1 in winter (09:00-17:00 local = 08:00-16:00 UTC) and UTC+2 in summer
// (09:00-17:00 local = 07:00-15:00 UTC). In 2026 summer time runs from 29 March to 25 October.
public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Brussels();

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-06")]
    [InlineData("2026-04-03")]
    [InlineData("2025-12-26")]
    [InlineData("2026-08-17")]
    [InlineData("2026-11-02")]
    public void IsBusinessDay_OrdinaryWeekday_IsTrue(string date) =>
        Assert.True(Calendar.IsBusinessDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-03-07")]
    [InlineData("2026-03-08")]
    [InlineData("2026-03-29")]
    [InlineData("2026-10-25")]
    public void IsBusinessDay_Weekend_IsFalse(string date) =>
        Assert.False(Calendar.IsBusinessDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-04-06")]
    [InlineData("2027-03-29")]
    [InlineData("2026-05-01")]
    [InlineData("2026-05-14")]
    [InlineData("2027-05-06")]
    [InlineData("2026-05-25")]
    [InlineData("2027-05-17")]
    [InlineData("2026-07-21")]
    [InlineData("2025-08-15")]
    [InlineData("2024-11-01")]
    [InlineData("2026-11-11")]
    [InlineData("2026-12-25")]
    public void IsBusinessDay_PublicHolidayOnAWeekday_IsFalse(string date) =>
        Assert.False(Calendar.IsBusinessDay(DateOnly.Parse(date)));

    [Fact]
    public void IsBusinessDay_ClosingDay_IsFalseOnlyForThatCalendar()
    {
        var bridgeDay = new DateOnly(2026, 5, 15);
        var closed = BusinessCalendar.Brussels([bridgeDay]);

        Assert.False(closed.IsBusinessDay(bridgeDay));
        Assert.True(closed.IsBusinessDay(new DateOnly(2026, 5, 18)));
        Assert.True(Calendar.IsBusinessDay(bridgeDay));
    }

    [Fact]
    public void Constructor_ClosingTimeNotAfterOpeningTime_Throws() =>
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(TimeZoneInfo.Utc, new TimeOnly(17, 0), new TimeOnly(9, 0), []));

    [Fact]
    public void AddBusinessTime_CustomZoneAndHours_UsesThatWindow()
    {
        var mornings = new BusinessCalendar(TimeZoneInfo.Utc, new TimeOnly(8, 0), new TimeOnly(12, 0), []);

        // Mon 2 March 11:00 UTC + 3h: 1h on Monday, 2h on Tuesday from 08:00.
        Assert.Equal(Utc(2026, 3, 3, 10), mornings.AddBusinessTime(Utc(2026, 3, 2, 11), Hours(3)));
        Assert.Equal(Hours(4), mornings.BusinessTimeBetween(Utc(2026, 3, 2, 0), Utc(2026, 3, 3, 0)));
    }

    [Fact]
    public void BusinessTimeBetween_ToNotAfterFrom_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 10)));
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(Utc(2026, 3, 3, 10), Utc(2026, 3, 2, 10)));
    }

    [Fact]
    public void BusinessTimeBetween_WithinOneDay_IsTheWallClockDifference() =>
        // Mon 2 March 10:00 -> 15:30 local.
        Assert.Equal(Hours(5.5), Calendar.BusinessTimeBetween(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 14, 30)));

    [Fact]
    public void BusinessTimeBetween_OutsideHoursOnBothEnds_CountsOnlyTheWindow() =>
        // Mon 2 March 06:00 -> 20:00 local.
        Assert.Equal(Hours(8), Calendar.BusinessTimeBetween(Utc(2026, 3, 2, 5), Utc(2026, 3, 2, 19)));

    [Fact]
    public void BusinessTimeBetween_FridayAfternoonToMondayMorning_SkipsTheWeekend() =>
        // Fri 6 March 15:00 local (2h left) -> Mon 9 March 11:00 local (2h).
        Assert.Equal(Hours(4), Calendar.BusinessTimeBetween(Utc(2026, 3, 6, 14), Utc(2026, 3, 9, 10)));

    [Fact]
    public void BusinessTimeBetween_SaturdayToSunday_IsZero() =>
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(Utc(2026, 3, 7, 9), Utc(2026, 3, 8, 15)));

    [Fact]
    public void BusinessTimeBetween_EasterWeek2026_SkipsEasterMonday() =>
        // Thu 2 April 09:00 -> Tue 7 April 17:00 CEST: Thu, Fri (Good Friday is no holiday), Tue.
        Assert.Equal(Hours(24), Calendar.BusinessTimeBetween(Utc(2026, 4, 2, 7), Utc(2026, 4, 7, 15)));

    [Fact]
    public void BusinessTimeBetween_December2026_Counts22Days() =>
        // 23 weekdays minus Christmas (Friday): 1 Dec 00:00 CET -> 1 Jan 00:00 CET.
        Assert.Equal(Hours(22 * 8), Calendar.BusinessTimeBetween(Utc(2026, 11, 30, 23), Utc(2026, 12, 31, 23)));

    [Fact]
    public void BusinessTimeBetween_SpringForwardWeekend_CountsTwoFullDays() =>
        // Fri 27 March 00:00 CET -> Tue 31 March 00:00 CEST: Friday and Monday, 8h each.
        Assert.Equal(Hours(16), Calendar.BusinessTimeBetween(Utc(2026, 3, 26, 23), Utc(2026, 3, 30, 22)));

    [Fact]
    public void BusinessTimeBetween_FallBackWeekend_CountsTwoFullDays() =>
        // Fri 23 October 00:00 CEST -> Tue 27 October 00:00 CET.
        Assert.Equal(Hours(16), Calendar.BusinessTimeBetween(Utc(2026, 10, 22, 22), Utc(2026, 10, 26, 23)));

    [Fact]
    public void BusinessTimeBetween_MondayAfterSpringForward_OpensAt0700Utc()
    {
        // Mon 30 March: 09:00-17:00 CEST is 07:00-15:00 UTC.
        Assert.Equal(Hours(1), Calendar.BusinessTimeBetween(Utc(2026, 3, 30, 6), Utc(2026, 3, 30, 8)));
        Assert.Equal(Hours(1), Calendar.BusinessTimeBetween(Utc(2026, 3, 30, 14), Utc(2026, 3, 30, 16)));
    }

    [Fact]
    public void AddBusinessTime_FourHoursInTheMorning_EndsTheSameAfternoon() =>
        // Mon 2 March 10:00 CET + 4h = 14:00 CET.
        Assert.Equal(Utc(2026, 3, 2, 13), Calendar.AddBusinessTime(Utc(2026, 3, 2, 9), Hours(4)));

    [Fact]
    public void AddBusinessTime_FourHoursLateInTheDay_ContinuesNextMorning() =>
        // Tue 3 March 15:00 CET: 2h on Tuesday, 2h on Wednesday -> Wed 11:00 CET.
        Assert.Equal(Utc(2026, 3, 4, 10), Calendar.AddBusinessTime(Utc(2026, 3, 3, 14), Hours(4)));

    [Fact]
    public void AddBusinessTime_OneBusinessDayFromOpening_EndsAtClosingNotNextOpening() =>
        // Mon 2 March 09:00 CET + 8h = Mon 17:00 CET.
        Assert.Equal(Utc(2026, 3, 2, 16), Calendar.AddBusinessTime(Utc(2026, 3, 2, 8), Hours(8)));

    [Fact]
    public void AddBusinessTime_EightHoursFromFridayNoon_EndsMondayNoon() =>
        // Fri 6 March 13:00 CET + 8h = Mon 9 March 13:00 CET.
        Assert.Equal(Utc(2026, 3, 9, 12), Calendar.AddBusinessTime(Utc(2026, 3, 6, 12), Hours(8)));

    [Fact]
    public void AddBusinessTime_StartBeforeOpening_BeginsAtOpening() =>
        // Mon 2 March 07:30 CET + 1h = 10:00 CET.
        Assert.Equal(Utc(2026, 3, 2, 9), Calendar.AddBusinessTime(Utc(2026, 3, 2, 6, 30), Hours(1)));

    [Fact]
    public void AddBusinessTime_StartAfterClosing_BeginsNextMorning() =>
        // Mon 2 March 18:00 CET + 1h = Tue 10:00 CET.
        Assert.Equal(Utc(2026, 3, 3, 9), Calendar.AddBusinessTime(Utc(2026, 3, 2, 17), Hours(1)));

    [Fact]
    public void AddBusinessTime_StartOnSaturday_BeginsMondayMorning() =>
        // Sat 7 March 11:00 CET + 2h = Mon 9 March 11:00 CET.
        Assert.Equal(Utc(2026, 3, 9, 10), Calendar.AddBusinessTime(Utc(2026, 3, 7, 10), Hours(2)));

    [Fact]
    public void AddBusinessTime_StartOnEasterMonday_BeginsTuesdayMorning() =>
        // Mon 6 April 2026 10:00 CEST (holiday) + 4h = Tue 7 April 13:00 CEST.
        Assert.Equal(Utc(2026, 4, 7, 11), Calendar.AddBusinessTime(Utc(2026, 4, 6, 8), Hours(4)));

    [Fact]
    public void AddBusinessTime_ZeroAtClosingTime_StaysAtClosingTime() =>
        Assert.Equal(Utc(2026, 3, 2, 16), Calendar.AddBusinessTime(Utc(2026, 3, 2, 16), TimeSpan.Zero));

    [Fact]
    public void AddBusinessTime_ZeroOutsideHours_MovesToNextOpening() =>
        // Sun 8 March 12:00 CET -> Mon 9 March 09:00 CET.
        Assert.Equal(Utc(2026, 3, 9, 8), Calendar.AddBusinessTime(Utc(2026, 3, 8, 11), TimeSpan.Zero));

    [Fact]
    public void AddBusinessTime_ThreeDaysOverEaster2026_SkipsWeekendAndEasterMonday() =>
        // Thu 2 April 09:00 CEST + 24h: Thu, Fri, Tue 7 April -> 17:00 CEST.
        Assert.Equal(Utc(2026, 4, 7, 15), Calendar.AddBusinessTime(Utc(2026, 4, 2, 7), Hours(24)));

    [Fact]
    public void AddBusinessTime_TenDaysOverChristmasAndNewYear_EndsOn7January() =>
        // Wed 23 Dec 09:00 CET + 80h: 23, 24, 28, 29, 30, 31 Dec, 4, 5, 6, 7 Jan -> Thu 7 Jan 2027 17:00 CET.
        Assert.Equal(Utc(2027, 1, 7, 16), Calendar.AddBusinessTime(Utc(2026, 12, 23, 8), Hours(80)));

    [Fact]
    public void AddBusinessTime_TwentyDaysInFebruary_EndsOnLastFriday() =>
        // Mon 2 Feb 09:00 CET + 160h: four full weeks -> Fri 27 Feb 17:00 CET.
        Assert.Equal(Utc(2026, 2, 27, 16), Calendar.AddBusinessTime(Utc(2026, 2, 2, 8), Hours(160)));

    [Fact]
    public void AddBusinessTime_AcrossSpringForward_KeepsLocalHours() =>
        // Fri 27 March 13:00 CET + 8h = Mon 30 March 13:00 CEST, which is 11:00 UTC.
        Assert.Equal(Utc(2026, 3, 30, 11), Calendar.AddBusinessTime(Utc(2026, 3, 27, 12), Hours(8)));

    [Fact]
    public void AddBusinessTime_AcrossFallBack_KeepsLocalHours() =>
        // Fri 23 October 13:00 CEST + 8h = Mon 26 October 13:00 CET, which is 12:00 UTC.
        Assert.Equal(Utc(2026, 10, 26, 12), Calendar.AddBusinessTime(Utc(2026, 10, 23, 11), Hours(8)));

    [Fact]
    public void AddBusinessTime_ClosingDay_IsSkipped()
    {
        var closed = BusinessCalendar.Brussels([new DateOnly(2026, 3, 3)]);

        // Mon 2 March 13:00 CET + 8h: 4h Monday, Tuesday closed, 4h Wednesday -> Wed 13:00 CET.
        Assert.Equal(Utc(2026, 3, 4, 12), closed.AddBusinessTime(Utc(2026, 3, 2, 12), Hours(8)));
    }

    [Fact]
    public void AddBusinessTime_LocalOffsetInput_ReturnsTheSameInstantInUtc()
    {
        var start = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));

        var end = Calendar.AddBusinessTime(start, Hours(4));

        Assert.Equal(TimeSpan.Zero, end.Offset);
        Assert.Equal(new DateTime(2026, 3, 2, 13, 0, 0), end.DateTime);
    }

    [Fact]
    public void AddBusinessTime_NegativeDuration_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddBusinessTime(Utc(2026, 3, 2, 9), Hours(-1)));

    public static TheoryData<DateTimeOffset> SampleStarts =>
    [
        Utc(2026, 3, 2, 8),
        Utc(2026, 3, 2, 12, 17),
        Utc(2026, 3, 2, 5),
        Utc(2026, 3, 2, 16),
        Utc(2026, 3, 2, 20),
        Utc(2026, 3, 7, 10),
        Utc(2026, 3, 27, 15, 45),
        Utc(2026, 3, 29, 1, 30),
        Utc(2026, 4, 3, 14),
        Utc(2026, 10, 23, 13),
        Utc(2026, 10, 25, 0, 30),
        Utc(2026, 12, 24, 15, 59),
        Utc(2026, 12, 31, 23),
    ];

    [Theory]
    [MemberData(nameof(SampleStarts))]
    public void BusinessTimeBetween_UpToAddBusinessTime_ReturnsTheDuration(DateTimeOffset start)
    {
        TimeSpan[] durations = [TimeSpan.Zero, TimeSpan.FromMinutes(1), Hours(4), Hours(7.99), Hours(8), Hours(8.5), Hours(24), Hours(80), Hours(160)];

        foreach (var duration in durations)
        {
            var end = Calendar.AddBusinessTime(start, duration);

            Assert.True(end >= start, $"{start:u} + {duration} ended before it started at {end:u}");
            Assert.Equal(duration, Calendar.BusinessTimeBetween(start, end));
        }
    }

    [Theory]
    [MemberData(nameof(SampleStarts))]
    public void AddBusinessTime_OfTheTimeBetweenToAnInstantInHours_ReturnsThatInstant(DateTimeOffset start)
    {
        // Ends strictly inside business hours: Mon 9 March 10:30 CET, Tue 7 April 16:59 CEST, Mon 4 Jan 2027 12:00 CET.
        DateTimeOffset[] ends = [Utc(2026, 3, 9, 9, 30), Utc(2026, 4, 7, 14, 59), Utc(2027, 1, 4, 11)];

        foreach (var end in ends.Where(end => Calendar.BusinessTimeBetween(start, end) > TimeSpan.Zero))
        {
            Assert.Equal(end, Calendar.AddBusinessTime(start, Calendar.BusinessTimeBetween(start, end)));
        }
    }
}
