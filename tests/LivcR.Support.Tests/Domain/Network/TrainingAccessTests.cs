using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Trainings;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class TrainingAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new("staff@vvsg.example", [new RoleGrant(Role.Staff, null)]);
    private static readonly Actor Gent = new("coordinator@gent.example", [new RoleGrant(Role.Municipal, "44021")]);
    private static readonly Actor Hasselt = new("els@hasselt.example", [new RoleGrant(Role.Municipal, "71072")]);

    private static TrainingRegistration GentRegistration(string email = "an@gent.example") =>
        new(email, "An", "44021", "coordinator@gent.example", Now, RegistrationStatus.Confirmed, null, Now);

    private static string Refused(Action act) => Assert.Throws<SupportException>(act).Code;

    [Fact]
    public void SchedulingAndAttendance_MunicipalUser_IsForbidden()
    {
        TrainingAccess.RequireScheduler(Staff);
        TrainingAccess.RequireAttendanceTaker(Staff);

        Assert.Equal(SupportErrorCode.Forbidden, Refused(() => TrainingAccess.RequireScheduler(Gent)));
        Assert.Equal(SupportErrorCode.Forbidden, Refused(() => TrainingAccess.RequireAttendanceTaker(Gent)));
    }

    [Fact]
    public void RequireRegistrar_OwnMunicipalityWithSpaces_IsAllowed()
    {
        TrainingAccess.RequireRegistrar(Gent, " 44021 ");
        TrainingAccess.RequireRegistrar(Staff, "71072");
    }

    [Fact]
    public void RequireRegistrar_AnotherMunicipality_IsForbidden()
    {
        var error = Assert.Throws<SupportException>(() => TrainingAccess.RequireRegistrar(Hasselt, "44021"));

        Assert.Equal(SupportErrorCode.Forbidden, error.Code);
        Assert.Equal("Je kan enkel jezelf of collega's van je eigen gemeente inschrijven.", error.Message);
    }

    [Fact]
    public void RequireCanceller_TheRegisteredPersonThemselves_IsAllowedFromAnyMunicipality()
    {
        var hasseltRegisteredByGent = GentRegistration("ELS@hasselt.example");

        TrainingAccess.RequireCanceller(Hasselt, hasseltRegisteredByGent);
        TrainingAccess.RequireCanceller(Gent, GentRegistration());
        Assert.Equal(SupportErrorCode.Forbidden, Refused(() => TrainingAccess.RequireCanceller(Hasselt, GentRegistration())));
    }
}
