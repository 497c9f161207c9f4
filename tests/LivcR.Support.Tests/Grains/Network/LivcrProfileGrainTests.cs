using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Grains.Network;

[Collection(ClusterCollection.Name)]
public sealed class LivcrProfileGrainTests(ClusterFixture fixture)
{
    private static readonly Actor Staff = new("staff@vvsg.example", [new RoleGrant(Role.Staff, null)]);

    private static Actor MunicipalUser(string nis) => new($"user-{nis}@gemeente.example", [new RoleGrant(Role.Municipal, nis)]);

    private static LivcrProfileUpdate Update(LivcrStatus status, int? expected = null) =>
        new(status, null, CoachingTrack.Start, [new LivcrRoleFilled(LivcrRoleKind.Coordinator, "Preventiedienst")], [], null, null, expected);

    [Fact]
    public async Task Profile_NeverEdited_IsNotStartedAtVersionZero()
    {
        var profile = await fixture.Grains.LivcrProfile("23002").GetAsync();

        Assert.Equal(LivcrStatus.NotStarted, profile.Status);
        Assert.Equal(0, profile.Version);
    }

    [Fact]
    public async Task Update_ByTheMunicipalitysOwnUser_IsStoredWithHistory()
    {
        var grain = fixture.Grains.LivcrProfile("11002");

        await grain.UpdateAsync(MunicipalUser("11002"), Update(LivcrStatus.Starting));
        var updated = await grain.UpdateAsync(Staff, Update(LivcrStatus.Active, expected: 1) with { LastOperationalMeeting = new DateOnly(2025, 11, 20) });
        var history = await grain.HistoryAsync();

        Assert.Equal(LivcrStatus.Active, updated.Status);
        Assert.Equal(new DateOnly(2025, 11, 20), (await grain.GetAsync()).LastOperationalMeeting);
        Assert.Equal(2, history.Count);
        Assert.Equal("staff@vvsg.example", history[0].By);
        Assert.Contains("Status: Opstartend → Actief", history[0].Changes);
        Assert.Equal("user-11002@gemeente.example", history[1].By);
    }

    [Fact]
    public async Task Update_ByAnotherMunicipality_IsForbiddenAndChangesNothing()
    {
        var grain = fixture.Grains.LivcrProfile("12002");

        var error = await Assert.ThrowsAsync<SupportException>(() => grain.UpdateAsync(MunicipalUser("71072"), Update(LivcrStatus.Active)));

        Assert.Equal(SupportErrorCode.Forbidden, error.Code);
        Assert.Equal(LivcrStatus.NotStarted, (await grain.GetAsync()).Status);
        Assert.Empty(await grain.HistoryAsync());
    }

    [Fact]
    public async Task Update_UnknownNisCode_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.LivcrProfile("99999").UpdateAsync(Staff, Update(LivcrStatus.Active)));

        Assert.Equal(SupportErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task ProvinceOverview_AfterUpdates_ListsTheNewStatus()
    {
        await fixture.Grains.LivcrProfile("38025").UpdateAsync(Staff, Update(LivcrStatus.Dormant));
        await fixture.Grains.LivcrProfile("38025").UpdateAsync(Staff, Update(LivcrStatus.Active));

        var overview = await fixture.Grains.LivcrProfileIndex(Province.WestVlaanderen).ListAsync();

        var entry = Assert.Single(overview, s => s.NisCode == "38025");
        Assert.Equal(LivcrStatus.Active, entry.Status);
        Assert.Equal(2, entry.Version);
    }
}
