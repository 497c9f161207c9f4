using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Trainings;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Grains.Network;

[Collection(ClusterCollection.Name)]
public sealed class TrainingSessionTests(ClusterFixture fixture)
{
    private static readonly Actor Staff = new("staff@vvsg.example", [new RoleGrant(Role.Staff, null)]);
    private static readonly Actor Gent = new("coordinator@gent.example", [new RoleGrant(Role.Municipal, "44021")]);

    private static RegistrationInput Colleague(string nis = "44021") => new($"{Guid.NewGuid():N}@gemeente.example", "Collega", nis);

    private async Task<(string Id, ITrainingSessionGrain Session)> NewSessionAsync(int capacity, int deadlineInDays = 10)
    {
        var now = ClusterFixture.Clock.GetUtcNow();
        var training = await fixture.Grains.TrainingCatalog().CreateAsync(Staff, new TrainingInput(
            "Polarisering herkennen", "Een vorming over polarisering in de gemeente.", "Preventiewerkers", "Workshop", "3 uur"));
        var id = TrainingIds.NewSession();
        var session = fixture.Grains.TrainingSession(id);
        await session.ScheduleAsync(Staff, training.Id, training.Details.Title, new TrainingSessionInput(
            now.AddDays(deadlineInDays + 5), now.AddDays(deadlineInDays + 5).AddHours(3), "VVSG Brussel", null, capacity, now.AddDays(deadlineInDays), null));
        return (id, session);
    }

    [Fact]
    public async Task LastSeat_ManyParallelRegistrations_ExactlyOneWins()
    {
        var (_, session) = await NewSessionAsync(capacity: 1);

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => session.RegisterAsync(Gent, Colleague())));

        Assert.Single(results, r => r.Status == RegistrationStatus.Confirmed);
        Assert.Equal(39, results.Count(r => r.Status == RegistrationStatus.Waitlisted));
        var view = await session.GetAsync();
        Assert.Single(view!.Registrations, r => r.Status == RegistrationStatus.Confirmed);
    }

    [Fact]
    public async Task Cancel_ConfirmedSeat_PromotesTheFirstOnTheWaitlist()
    {
        var (_, session) = await NewSessionAsync(capacity: 1);
        var first = Colleague();
        var second = Colleague();
        var third = Colleague();
        await session.RegisterAsync(Gent, first);
        await session.RegisterAsync(Gent, second);
        await session.RegisterAsync(Gent, third);

        await session.CancelAsync(Gent, first.Email);
        var view = await session.GetAsync();

        Assert.Equal(RegistrationStatus.Confirmed, view!.Registrations.Single(r => r.Email == second.Email).Status);
        Assert.Equal(RegistrationStatus.Waitlisted, view.Registrations.Single(r => r.Email == third.Email).Status);
    }

    [Fact]
    public async Task Deadline_Passed_RefusesRegistrationAndCancellation()
    {
        var (_, session) = await NewSessionAsync(capacity: 5, deadlineInDays: 2);
        var early = Colleague();
        await session.RegisterAsync(Gent, early);

        ClusterFixture.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var register = await Assert.ThrowsAsync<SupportException>(() => session.RegisterAsync(Gent, Colleague()));
        var cancel = await Assert.ThrowsAsync<SupportException>(() => session.CancelAsync(Gent, early.Email));

        Assert.Equal(SupportErrorCode.Conflict, register.Code);
        Assert.Equal(SupportErrorCode.Conflict, cancel.Code);
    }

    [Fact]
    public async Task Register_SamePersonTwice_IsAConflict()
    {
        var (_, session) = await NewSessionAsync(capacity: 5);
        var person = Colleague();
        await session.RegisterAsync(Gent, person);

        var error = await Assert.ThrowsAsync<SupportException>(() => session.RegisterAsync(Staff, person with { Email = person.Email.ToUpperInvariant() }));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
    }

    [Fact]
    public async Task Register_AColleagueOfAnotherMunicipality_IsForbidden()
    {
        var (_, session) = await NewSessionAsync(capacity: 5);

        var error = await Assert.ThrowsAsync<SupportException>(() => session.RegisterAsync(Gent, Colleague("71072")));

        Assert.Equal(SupportErrorCode.Forbidden, error.Code);
        Assert.Empty((await session.GetAsync())!.Registrations);
    }

    [Fact]
    public async Task Cancel_ByAnotherMunicipality_IsForbidden()
    {
        var (_, session) = await NewSessionAsync(capacity: 5);
        var person = Colleague();
        await session.RegisterAsync(Gent, person);

        var error = await Assert.ThrowsAsync<SupportException>(() => session.CancelAsync(new Actor("x@hasselt.example", [new RoleGrant(Role.Municipal, "71072")]), person.Email));

        Assert.Equal(SupportErrorCode.Forbidden, error.Code);
    }

    [Fact]
    public async Task Catalogue_AfterRegistrations_ShowsTheFillRate()
    {
        var (id, session) = await NewSessionAsync(capacity: 4);
        await session.RegisterAsync(Gent, Colleague());
        await session.RegisterAsync(Gent, Colleague());
        var trainingId = (await session.GetAsync())!.TrainingId;

        var training = await fixture.Grains.TrainingCatalog().GetAsync(trainingId);

        var summary = Assert.Single(training!.Sessions, s => s.Id == id);
        Assert.Equal(2, summary.Confirmed);
        Assert.Equal(0.5, summary.FillRate);
    }

    [Fact]
    public async Task Attendance_AfterTheStart_IsRecordedByStaffOnly()
    {
        var (_, session) = await NewSessionAsync(capacity: 3, deadlineInDays: 1);
        var came = Colleague();
        var absent = Colleague();
        await session.RegisterAsync(Gent, came);
        await session.RegisterAsync(Gent, absent);

        ClusterFixture.Clock.Advance(TimeSpan.FromDays(6) + TimeSpan.FromMinutes(10));
        var municipal = await Assert.ThrowsAsync<SupportException>(() => session.RecordAttendanceAsync(Gent, [came.Email]));
        var view = await session.RecordAttendanceAsync(Staff, [came.Email]);

        Assert.Equal(SupportErrorCode.Forbidden, municipal.Code);
        Assert.True(view.Registrations.Single(r => r.Email == came.Email).Attended);
        Assert.False(view.Registrations.Single(r => r.Email == absent.Email).Attended);
        Assert.Equal(1, view.Summary().Attended);
    }
}
