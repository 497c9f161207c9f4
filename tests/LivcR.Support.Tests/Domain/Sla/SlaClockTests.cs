using LivcR.Support.Silo.Tickets.Sla;

namespace LivcR.Support.Tests.Domain.Sla;

// Instants are UTC; comments give Brussels local time (CET = UTC+1 until 29 March 2026, CEST = UTC+2 after).
// Mon 2 March 2026 09:00-17:00 CET is 08:00-16:00 UTC.
public sealed class SlaClockTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Brussels();

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    [Fact]
    public void Elapsed_NoPauses_IsTheBusinessTime() =>
        // Mon 09:00 -> Tue 12:00 CET: 8h + 3h.
        Assert.Equal(Hours(11), SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 8), Utc(2026, 3, 3, 11), []));

    [Fact]
    public void Elapsed_NowBeforeStart_IsZero() =>
        Assert.Equal(TimeSpan.Zero, SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 12), Utc(2026, 3, 2, 9), [new SlaPause(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 11))]));

    [Fact]
    public void Elapsed_OneClosedPause_SubtractsIt() =>
        // Mon 09:00 -> 17:00 CET, paused 11:00-14:00.
        Assert.Equal(Hours(5), SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 8), Utc(2026, 3, 2, 16), [new SlaPause(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 13))]));

    [Fact]
    public void Elapsed_PauseSpanningWeekend_SubtractsOnlyItsBusinessHours() =>
        // Fri 6 March 09:00 -> Mon 9 March 17:00 CET is 16h; the pause Fri 15:00 -> Mon 11:00 holds 2h + 2h.
        Assert.Equal(Hours(12), SlaClock.Elapsed(Calendar, Utc(2026, 3, 6, 8), Utc(2026, 3, 9, 16), [new SlaPause(Utc(2026, 3, 6, 14), Utc(2026, 3, 9, 10))]));

    [Fact]
    public void Elapsed_PauseOverlappingStart_SubtractsOnlyThePartAfterStart() =>
        // Start Mon 11:00, now 14:00 CET; paused 10:00-12:00, of which 11:00-12:00 counts.
        Assert.Equal(Hours(2), SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 13), [new SlaPause(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 11))]));

    [Fact]
    public void Elapsed_PauseBeginningBeforeOpeningOnStartDay_SubtractsOnlyBusinessTimeAfterStart() =>
        // Start Mon 09:00, now 12:00 CET; paused 07:00-10:00, of which 09:00-10:00 counts.
        Assert.Equal(Hours(2), SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 8), Utc(2026, 3, 2, 11), [new SlaPause(Utc(2026, 3, 2, 6), Utc(2026, 3, 2, 9))]));

    [Fact]
    public void Elapsed_PauseEndingAfterNow_SubtractsOnlyThePartBeforeNow() =>
        // Start Mon 09:00, now 14:00 CET; paused 13:00-16:00, of which 13:00-14:00 counts.
        Assert.Equal(Hours(4), SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 8), Utc(2026, 3, 2, 13), [new SlaPause(Utc(2026, 3, 2, 12), Utc(2026, 3, 2, 15))]));

    [Fact]
    public void Elapsed_OpenPause_RunsUntilNowSoTheClockStandsStill()
    {
        SlaPause[] pauses = [new SlaPause(Utc(2026, 3, 2, 12), null)];

        // Start Mon 09:00 CET, paused since 13:00: 4h at 16:00 and still 4h on Tuesday at 12:00.
        Assert.Equal(Hours(4), SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 8), Utc(2026, 3, 2, 15), pauses));
        Assert.Equal(Hours(4), SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 8), Utc(2026, 3, 3, 11), pauses));
    }

    [Fact]
    public void Elapsed_OverlappingPauses_CountTheirUnionOnce() =>
        // Mon 09:00-17:00 CET, paused 10:00-12:00 and 11:00-13:00: 3h paused.
        Assert.Equal(
            Hours(5),
            SlaClock.Elapsed(
                Calendar,
                Utc(2026, 3, 2, 8),
                Utc(2026, 3, 2, 16),
                [new SlaPause(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 11)), new SlaPause(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 12))]));

    [Fact]
    public void Elapsed_PauseInsideAnotherPause_CountsTheOuterPauseOnce() =>
        // Mon 09:00-17:00 CET, paused 10:00-14:00 and, within it, 11:00-12:00: 4h paused.
        Assert.Equal(
            Hours(4),
            SlaClock.Elapsed(
                Calendar,
                Utc(2026, 3, 2, 8),
                Utc(2026, 3, 2, 16),
                [new SlaPause(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 13)), new SlaPause(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 11))]));

    [Fact]
    public void DueAt_NoPauses_IsStartPlusBusinessTime() =>
        // Mon 10:00 CET + 8h = Tue 10:00 CET.
        Assert.Equal(Utc(2026, 3, 3, 9), SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 9), Hours(8), []));

    [Fact]
    public void DueAt_OneClosedPause_MovesDueByThePause() =>
        // Mon 10:00 CET + 8h, paused 11:00-13:00: Tue 12:00 CET.
        Assert.Equal(Utc(2026, 3, 3, 11), SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 9), Hours(8), [new SlaPause(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 12))]));

    [Fact]
    public void DueAt_PauseSpanningWeekend_ResumesMondayAtPauseEnd() =>
        // Fri 6 March 13:00 CET + 8h: 2h until the pause at 15:00, resume Mon 11:00, 6h more -> Mon 17:00 CET.
        Assert.Equal(Utc(2026, 3, 9, 16), SlaClock.DueAt(Calendar, Utc(2026, 3, 6, 12), Hours(8), [new SlaPause(Utc(2026, 3, 6, 14), Utc(2026, 3, 9, 10))]));

    [Fact]
    public void DueAt_PauseOnlyInTheWeekend_ChangesNothing() =>
        // Fri 6 March 13:00 CET + 8h = Mon 13:00 CET, paused Sat 10:00 -> Sun 18:00.
        Assert.Equal(Utc(2026, 3, 9, 12), SlaClock.DueAt(Calendar, Utc(2026, 3, 6, 12), Hours(8), [new SlaPause(Utc(2026, 3, 7, 9), Utc(2026, 3, 8, 17))]));

    [Fact]
    public void DueAt_PauseOverlappingStart_CountsFromPauseEnd() =>
        // Start Mon 10:00 CET, paused 08:00-11:00: 4h from 11:00 -> 15:00 CET.
        Assert.Equal(Utc(2026, 3, 2, 14), SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 9), Hours(4), [new SlaPause(Utc(2026, 3, 2, 7), Utc(2026, 3, 2, 10))]));

    [Fact]
    public void DueAt_PauseAfterDue_ChangesNothing() =>
        // Mon 09:00 CET + 4h = 13:00 CET; the pause is on Tuesday.
        Assert.Equal(Utc(2026, 3, 2, 12), SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 8), Hours(4), [new SlaPause(Utc(2026, 3, 3, 9), Utc(2026, 3, 3, 11))]));

    [Fact]
    public void DueAt_TargetReachedAtPauseStart_IsThePauseStart() =>
        // Mon 09:00 CET + 2h = 11:00 CET, exactly when the pause begins.
        Assert.Equal(Utc(2026, 3, 2, 10), SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 8), Hours(2), [new SlaPause(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 12))]));

    [Fact]
    public void DueAt_PausesOutOfOrder_AreSortedFirst() =>
        // Mon 09:00 CET + 8h, paused 14:00-15:00 and 10:00-11:00: Tue 11:00 CET.
        Assert.Equal(
            Utc(2026, 3, 3, 10),
            SlaClock.DueAt(
                Calendar,
                Utc(2026, 3, 2, 8),
                Hours(8),
                [new SlaPause(Utc(2026, 3, 2, 13), Utc(2026, 3, 2, 14)), new SlaPause(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 10))]));

    [Fact]
    public void DueAt_PauseAcrossSpringForward_ResumesInSummerTime() =>
        // Fri 27 March 13:00 CET + 8h: 2h until 15:00 CET, resume Mon 30 March 10:00 CEST, 6h more -> 16:00 CEST.
        Assert.Equal(Utc(2026, 3, 30, 14), SlaClock.DueAt(Calendar, Utc(2026, 3, 27, 12), Hours(8), [new SlaPause(Utc(2026, 3, 27, 14), Utc(2026, 3, 30, 8))]));

    [Fact]
    public void DueAt_OpenPause_IsNull() =>
        Assert.Null(SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 8), Hours(8), [new SlaPause(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 10)), new SlaPause(Utc(2026, 3, 2, 12), null)]));

    [Fact]
    public void DueAt_OpenPauseListedBeforeAClosedOne_IsNull() =>
        Assert.Null(SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 8), Hours(8), [new SlaPause(Utc(2026, 3, 2, 12), null), new SlaPause(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 10))]));

    [Fact]
    public void DueAt_PauseInsideAnotherPause_ResumesAtTheOuterEnd() =>
        // Mon 09:00 CET + 4h: 1h until 10:00, paused 10:00-14:00 (with 11:00-12:00 inside), 3h more -> 17:00 CET.
        Assert.Equal(
            Utc(2026, 3, 2, 16),
            SlaClock.DueAt(
                Calendar,
                Utc(2026, 3, 2, 8),
                Hours(4),
                [new SlaPause(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 13)), new SlaPause(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 11))]));

    [Fact]
    public void DueAt_PauseEndingBeforeItBegins_IsIgnored() =>
        // Mon 09:00 CET + 8h = 17:00 CET; a pause from 13:00 back to 11:00 holds no time.
        Assert.Equal(Utc(2026, 3, 2, 16), SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 8), Hours(8), [new SlaPause(Utc(2026, 3, 2, 12), Utc(2026, 3, 2, 10))]));

    [Fact]
    public void DueAt_NegativeTarget_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 8), Hours(-1), []));

    [Fact]
    public void Elapsed_AtDueAt_EqualsTheTarget()
    {
        SlaPause[][] pauseSets =
        [
            [],
            [new SlaPause(Utc(2026, 3, 2, 10), Utc(2026, 3, 2, 12))],
            [new SlaPause(Utc(2026, 3, 6, 14), Utc(2026, 3, 9, 10)), new SlaPause(Utc(2026, 3, 3, 15, 30), Utc(2026, 3, 4, 8, 45))],
            [new SlaPause(Utc(2026, 3, 1, 12), Utc(2026, 3, 2, 9)), new SlaPause(Utc(2026, 3, 2, 8, 30), Utc(2026, 3, 2, 13))],
        ];
        TimeSpan[] targets = [Hours(1), Hours(4), Hours(8), Hours(24), Hours(80)];

        foreach (var pauses in pauseSets)
        {
            foreach (var target in targets)
            {
                var due = SlaClock.DueAt(Calendar, Utc(2026, 3, 2, 8), target, pauses);

                Assert.NotNull(due);
                Assert.Equal(target, SlaClock.Elapsed(Calendar, Utc(2026, 3, 2, 8), due.Value, pauses));
            }
        }
    }

    [Fact]
    public void IsBreached_AroundDueTime_TurnsTrueOnlyAfterIt()
    {
        // Mon 10:00 CET + 8h is due Tue 10:00 CET (09:00 UTC).
        var start = Utc(2026, 3, 2, 9);

        Assert.False(SlaClock.IsBreached(Calendar, start, Hours(8), [], Utc(2026, 3, 3, 8, 59)));
        Assert.False(SlaClock.IsBreached(Calendar, start, Hours(8), [], Utc(2026, 3, 3, 9)));
        Assert.True(SlaClock.IsBreached(Calendar, start, Hours(8), [], Utc(2026, 3, 3, 9, 1)));
    }

    [Fact]
    public void IsBreached_WhilePaused_IsFalseEvenLongAfterTarget() =>
        Assert.False(SlaClock.IsBreached(Calendar, Utc(2026, 3, 2, 9), Hours(8), [new SlaPause(Utc(2026, 3, 2, 12), null)], Utc(2026, 3, 20, 12)));
}
