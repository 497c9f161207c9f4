using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Silo.Profiles;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class LivcrProfileRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static LivcrProfileUpdate Update(LivcrStatus status = LivcrStatus.Active, string? shared = null, int? expected = null) => new(
        status, shared, CoachingTrack.Optimise,
        [new LivcrRoleFilled(LivcrRoleKind.Mayor, "Burgemeester Gent"), new LivcrRoleFilled(LivcrRoleKind.InformationOfficer, "Lokale politie Gent")],
        [new LivcrContact("An Peeters", "LIVC-R-coördinator", "An.Peeters@Stad.Gent", "+32 9 266 00 00")],
        new DateOnly(2026, 2, 14), new DateOnly(2025, 12, 1), expected);

    private static LivcrProfileView Apply(LivcrProfileUpdate update, LivcrProfileView? current = null) =>
        LivcrProfileRules.Apply(current ?? LivcrProfileRules.Empty("44021"), update, "an@gent.example", Now, nis => nis is "44021" or "44084");

    [Fact]
    public void Apply_ValidProfile_KeepsEverythingAndMovesOneVersionUp()
    {
        var profile = Apply(Update());

        Assert.Equal(LivcrStatus.Active, profile.Status);
        Assert.Equal(1, profile.Version);
        Assert.Equal("an.peeters@stad.gent", profile.Contacts[0].Email, ignoreCase: true);
        Assert.Equal("Lokale politie Gent", profile.Roles[1].Organisation);
        Assert.Equal(new DateOnly(2026, 2, 14), profile.LastOperationalMeeting);
        Assert.Equal("an@gent.example", profile.UpdatedBy);
    }

    [Fact]
    public void Apply_SharedWithAnotherMunicipality_IsKept()
    {
        var profile = Apply(Update(LivcrStatus.SharedWith, "44084"));

        Assert.Equal("44084", profile.SharedWithNisCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("44021")]
    [InlineData("99999")]
    public void Apply_SharedWithoutAValidOtherMunicipality_NamesTheField(string? shared)
    {
        var error = Assert.Throws<SupportException>(() => Apply(Update(LivcrStatus.SharedWith, shared)));

        Assert.Equal("sharedWithNisCode", error.Field);
    }

    [Fact]
    public void Apply_SharedMunicipalityWithAnotherStatus_IsRefused()
    {
        var error = Assert.Throws<SupportException>(() => Apply(Update(LivcrStatus.Active, "44084")));

        Assert.Equal("sharedWithNisCode", error.Field);
    }

    [Theory]
    [InlineData("jan.janssens@example.be")]
    [InlineData("Betrokkene 85.07.30-033.28")]
    [InlineData("GSM 0470 12 34 56")]
    public void Apply_RoleHoldingPersonalData_IsRefused(string organisation)
    {
        var update = Update() with { Roles = [new LivcrRoleFilled(LivcrRoleKind.SociopreventivePartner, organisation)] };

        var error = Assert.Throws<SupportException>(() => Apply(update));

        Assert.Equal("roles", error.Field);
    }

    [Fact]
    public void Apply_MeetingDateInTheFuture_NamesTheField()
    {
        var error = Assert.Throws<SupportException>(() => Apply(Update() with { LastStrategicMeeting = new DateOnly(2026, 3, 11) }));

        Assert.Equal("lastStrategicMeeting", error.Field);
    }

    [Fact]
    public void Apply_BadContactEmail_NamesTheField()
    {
        var error = Assert.Throws<SupportException>(() => Apply(Update() with { Contacts = [new LivcrContact("An", "Coördinator", "geen-adres")] }));

        Assert.Equal("contacts", error.Field);
    }

    [Fact]
    public void Apply_StaleVersion_IsAConflict()
    {
        var first = Apply(Update());

        var error = Assert.Throws<SupportException>(() => Apply(Update(expected: 0), first));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
    }

    [Fact]
    public void Describe_StatusAndTrackChange_ReadsInDutch()
    {
        var before = Apply(Update(LivcrStatus.Starting));
        var after = Apply(Update(LivcrStatus.SharedWith, "44084") with { CoachingTrack = CoachingTrack.Monitor }, before);

        var changes = LivcrProfileRules.Describe(before, after, nis => nis == "44084" ? "Aalter" : nis);

        Assert.Equal(["Status: Opstartend → Gedeeld met Aalter", "Coachingstraject: Optimalisering → Opvolging"], changes);
    }

    [Fact]
    public void Describe_SameProfile_HasNoChanges()
    {
        var first = Apply(Update());

        Assert.Empty(LivcrProfileRules.Describe(first, Apply(Update(), first), nis => nis));
    }
}
