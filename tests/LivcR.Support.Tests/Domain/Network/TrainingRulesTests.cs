using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Trainings;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class TrainingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private static TrainingSessionInput Session() =>
        new(Now.AddDays(20), Now.AddDays(20).AddHours(3), null, "https://vvsg.example/webinar", 30, Now.AddDays(15), 0m);

    [Fact]
    public void Check_FreeSession_StoresNoPrice()
    {
        Assert.Null(TrainingRules.Check(Session(), Now).Price);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Check_CapacityOutOfRange_NamesTheField(int capacity)
    {
        Assert.Equal("capacity", Assert.Throws<SupportException>(() => TrainingRules.Check(Session() with { Capacity = capacity }, Now)).Field);
    }

    [Fact]
    public void Check_DeadlineAfterTheStart_NamesTheField()
    {
        var error = Assert.Throws<SupportException>(() => TrainingRules.Check(Session() with { RegistrationDeadline = Now.AddDays(21) }, Now));

        Assert.Equal("registrationDeadline", error.Field);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("12.345")]
    public void Check_BadPrice_NamesTheField(string price)
    {
        var error = Assert.Throws<SupportException>(() => TrainingRules.Check(Session() with { Price = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture) }, Now));

        Assert.Equal("price", error.Field);
    }

    [Fact]
    public void Check_SessionInThePast_NamesStartsAt()
    {
        var error = Assert.Throws<SupportException>(() => TrainingRules.Check(Session() with { StartsAt = Now.AddDays(-1), EndsAt = Now.AddDays(-1).AddHours(1) }, Now));

        Assert.Equal("startsAt", error.Field);
    }

    [Fact]
    public void Check_TrainingWithoutTitle_NamesTheField()
    {
        var error = Assert.Throws<SupportException>(() => TrainingRules.Check(new TrainingInput(" ", "Een beschrijving van de vorming.", "Iedereen", "Workshop", "3 uur")));

        Assert.Equal("title", error.Field);
    }

    [Fact]
    public void Schedule_Twice_IsAConflictAndKeepsTheFirst()
    {
        var state = new TrainingSessionState();
        TrainingRules.Schedule(state, "t1", "Omgaan met polarisering", Session(), Now);

        var error = Assert.Throws<SupportException>(() => TrainingRules.Schedule(state, "t2", "Iets anders", Session() with { Capacity = 5 }, Now));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        Assert.Equal(("t1", "Omgaan met polarisering", 30), (state.TrainingId, state.TrainingTitle, state.Details!.Capacity));
    }

    [Fact]
    public void Schedule_InvalidSession_StaysUnscheduled()
    {
        var state = new TrainingSessionState();

        Assert.Throws<SupportException>(() => TrainingRules.Schedule(state, "t1", "Titel", Session() with { Capacity = 0 }, Now));

        Assert.Null(state.Details);
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => TrainingRules.Existing(state)).Code);
    }
}
