using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Trainings;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class RegistrationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private static TrainingSessionInput Session(int capacity = 2) =>
        new(Now.AddDays(20), Now.AddDays(20).AddHours(3), "VVSG Brussel", null, capacity, Now.AddDays(10), null);

    private static TrainingRegistration Register(List<TrainingRegistration> list, string email, TrainingSessionInput session, DateTimeOffset? at = null) =>
        RegistrationRules.Register(list, session, new RegistrationInput(email, "Naam", "44021"), "coordinator@gent.example", at ?? Now);

    [Fact]
    public void Register_BeyondCapacity_GoesOnTheWaitlistInOrder()
    {
        var list = new List<TrainingRegistration>();
        var session = Session(capacity: 2);

        var statuses = new[] { "a", "b", "c", "d" }.Select((p, i) => Register(list, $"{p}@gent.example", session, Now.AddMinutes(i)).Status).ToList();

        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted], statuses);
        Assert.Equal(1, WaitlistRules.Position(list, "c@gent.example"));
        Assert.Equal(2, WaitlistRules.Position(list, "D@gent.example"));
        Assert.Null(WaitlistRules.Position(list, "a@gent.example"));
    }

    [Fact]
    public void Register_Twice_IsAConflict()
    {
        var list = new List<TrainingRegistration>();
        Register(list, "a@gent.example", Session());

        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => Register(list, "A@Gent.example", Session())).Code);
        Assert.Single(list);
    }

    [Fact]
    public void Register_AfterTheDeadline_IsAConflict()
    {
        var error = Assert.Throws<SupportException>(() => Register([], "a@gent.example", Session(), Now.AddDays(10).AddSeconds(1)));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
    }

    [Fact]
    public void Register_AfterCancelling_IsAllowedAgainAtTheBack()
    {
        var list = new List<TrainingRegistration>();
        var session = Session(capacity: 1);
        Register(list, "a@gent.example", session);
        Register(list, "b@gent.example", session, Now.AddMinutes(1));
        RegistrationRules.Cancel(list, session, "a@gent.example", Now.AddMinutes(2));

        var again = Register(list, "a@gent.example", session, Now.AddMinutes(3));

        Assert.Equal(RegistrationStatus.Waitlisted, again.Status);
    }

    [Fact]
    public void Cancel_ConfirmedSeat_PromotesTheEarliestWaitlisted()
    {
        var list = new List<TrainingRegistration>();
        var session = Session(capacity: 1);
        Register(list, "a@gent.example", session, Now);
        Register(list, "late@gent.example", session, Now.AddMinutes(2));
        Register(list, "early@gent.example", session, Now.AddMinutes(1));

        var (cancelled, promoted) = RegistrationRules.Cancel(list, session, "a@gent.example", Now.AddHours(1));

        Assert.Equal(RegistrationStatus.Cancelled, cancelled.Status);
        Assert.Equal("early@gent.example", Assert.Single(promoted).Email);
        Assert.Equal(RegistrationStatus.Waitlisted, list.Single(r => r.Email == "late@gent.example").Status);
    }

    [Fact]
    public void Cancel_Waitlisted_PromotesNobody()
    {
        var list = new List<TrainingRegistration>();
        var session = Session(capacity: 1);
        Register(list, "a@gent.example", session);
        Register(list, "b@gent.example", session, Now.AddMinutes(1));

        var (_, promoted) = RegistrationRules.Cancel(list, session, "b@gent.example", Now.AddHours(1));

        Assert.Empty(promoted);
    }

    [Fact]
    public void Cancel_AfterTheDeadline_IsAConflictAndKeepsTheSeat()
    {
        var list = new List<TrainingRegistration>();
        Register(list, "a@gent.example", Session());

        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => RegistrationRules.Cancel(list, Session(), "a@gent.example", Now.AddDays(11))).Code);
        Assert.Equal(RegistrationStatus.Confirmed, list[0].Status);
    }

    [Fact]
    public void Cancel_NotRegistered_IsNotFound()
    {
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => RegistrationRules.Cancel([], Session(), "x@gent.example", Now)).Code);
    }

    [Fact]
    public void RecordAttendance_MarksConfirmedPresentOrAbsent()
    {
        var list = new List<TrainingRegistration>();
        var session = Session(capacity: 2);
        Register(list, "a@gent.example", session);
        Register(list, "b@gent.example", session);

        RegistrationRules.RecordAttendance(list, session, ["A@gent.example"], session.StartsAt.AddMinutes(5));

        Assert.Equal([true, false], list.Select(r => r.Attended!.Value));
    }

    [Fact]
    public void RecordAttendance_OfSomeoneWithoutASeat_NamesTheField()
    {
        var list = new List<TrainingRegistration>();
        var session = Session(capacity: 1);
        Register(list, "a@gent.example", session);
        Register(list, "wait@gent.example", session);

        Assert.Equal("present", Assert.Throws<SupportException>(() => RegistrationRules.RecordAttendance(list, session, ["wait@gent.example"], session.StartsAt)).Field);
    }

    [Fact]
    public void RecordAttendance_BeforeTheStart_IsAConflict()
    {
        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => RegistrationRules.RecordAttendance([], Session(), [], Now)).Code);
    }
}
