using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Grains.Network;

[Collection(ClusterCollection.Name)]
public sealed class PlatformCommunityTests(ClusterFixture fixture)
{
    private static readonly Actor Staff = new("staff@vvsg.example", [new RoleGrant(Role.Staff, null)]);
    private static readonly Actor LimburgOrganiser = new("organisator@limburg.example", [new RoleGrant(Role.Organiser, "limburg")]);

    private static string Fresh(string municipality) => $"{Guid.NewGuid():N}@{municipality}.example";

    private static MeetingInput Meeting(int inDays) =>
        new(ClusterFixture.Clock.GetUtcNow().AddDays(inDays), ClusterFixture.Clock.GetUtcNow().AddDays(inDays).AddHours(2), "Provinciehuis", null, "Uitwisseling");

    [Fact]
    public async Task Platforms_AfterStart_AllFiveExistWithTheirProvince()
    {
        var platforms = await Task.WhenAll(Provinces.All.Select(p => fixture.Grains.PlatformCommunity(p).GetAsync()));

        Assert.All(platforms, p => Assert.Equal(CommunityKind.Platform, p!.Settings.Kind));
        Assert.Equal(Provinces.All, platforms.Select(p => p!.Settings.Province!.Value));
    }

    [Fact]
    public async Task Organiser_OfLimburg_CannotTouchAntwerpensPlatform()
    {
        var antwerpen = fixture.Grains.PlatformCommunity(Province.Antwerpen);
        var email = Fresh("antwerpen");
        var before = await antwerpen.GetAsync();

        var invite = await Assert.ThrowsAsync<SupportException>(() => antwerpen.InviteAsync(LimburgOrganiser, new InvitationInput(email, "Jan", "11002")));
        var plan = await Assert.ThrowsAsync<SupportException>(() => antwerpen.PlanMeetingAsync(LimburgOrganiser, Meeting(5)));
        var remove = await Assert.ThrowsAsync<SupportException>(() => antwerpen.RemoveMemberAsync(LimburgOrganiser, email));

        Assert.Equal([SupportErrorCode.Forbidden, SupportErrorCode.Forbidden, SupportErrorCode.Forbidden], new[] { invite.Code, plan.Code, remove.Code });
        var after = await antwerpen.GetAsync();
        Assert.Equal(before!.Meetings.Count, after!.Meetings.Count);
        Assert.DoesNotContain(after.Invitations, i => i.Email == email);
    }

    [Fact]
    public async Task Organiser_OfLimburg_InvitesAndTheInviteeAcceptsWithTheCode()
    {
        var limburg = fixture.Grains.PlatformCommunity(Province.Limburg);
        var email = Fresh("hasselt");

        var issued = await limburg.InviteAsync(LimburgOrganiser, new InvitationInput(email, "Els Janssens", "71072"));
        var member = await limburg.AcceptInvitationAsync(issued.Code);

        Assert.StartsWith("platform.limburg.", issued.Code, StringComparison.Ordinal);
        Assert.Equal(email, member.Email);
        var view = await limburg.GetAsync();
        Assert.True(view!.HasMember(email));
        Assert.DoesNotContain(view.Invitations, i => i.Email == email);
    }

    [Fact]
    public async Task Invitation_AfterItsExpiry_CannotBeAccepted()
    {
        var limburg = fixture.Grains.PlatformCommunity(Province.Limburg);
        var email = Fresh("genk");
        var issued = await limburg.InviteAsync(LimburgOrganiser, new InvitationInput(email, "Pieter", "71016"));

        ClusterFixture.Clock.Advance(TimeSpan.FromDays(15));
        var error = await Assert.ThrowsAsync<SupportException>(() => limburg.AcceptInvitationAsync(issued.Code));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        Assert.False((await limburg.GetAsync())!.HasMember(email));
    }

    [Fact]
    public async Task Invitation_CodeOfAnotherPlatform_IsNotFound()
    {
        var issued = await fixture.Grains.PlatformCommunity(Province.Limburg).InviteAsync(LimburgOrganiser, new InvitationInput(Fresh("hasselt"), "An", "71072"));

        var error = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.PlatformCommunity(Province.Antwerpen).AcceptInvitationAsync(issued.Code));

        Assert.Equal(SupportErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task Member_Leaves_AndOrganiserRemovesAnother()
    {
        var limburg = fixture.Grains.PlatformCommunity(Province.Limburg);
        var leaving = Fresh("hasselt");
        var removed = Fresh("hasselt");
        await limburg.AcceptInvitationAsync((await limburg.InviteAsync(LimburgOrganiser, new InvitationInput(leaving, "A", "71072"))).Code);
        await limburg.AcceptInvitationAsync((await limburg.InviteAsync(Staff, new InvitationInput(removed, "B", "71072"))).Code);

        await limburg.LeaveAsync(new Actor(leaving, [new RoleGrant(Role.Municipal, "71072")]));
        var after = await limburg.RemoveMemberAsync(LimburgOrganiser, removed);
        var again = await Assert.ThrowsAsync<SupportException>(() => limburg.LeaveAsync(new Actor(leaving, [])));

        Assert.False(after.HasMember(leaving));
        Assert.False(after.HasMember(removed));
        Assert.Equal(SupportErrorCode.NotFound, again.Code);
    }

    [Fact]
    public async Task Meeting_PlannedThenHeld_RecordsAttendanceAndMinutes()
    {
        var limburg = fixture.Grains.PlatformCommunity(Province.Limburg);
        var present = Fresh("hasselt");
        await limburg.AcceptInvitationAsync((await limburg.InviteAsync(LimburgOrganiser, new InvitationInput(present, "Aanwezig", "71072"))).Code);
        var meeting = await limburg.PlanMeetingAsync(LimburgOrganiser, Meeting(3));

        ClusterFixture.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        var attended = await limburg.RecordAttendanceAsync(LimburgOrganiser, meeting.Id, [present]);
        var minutes = await limburg.UpdateMeetingAsync(LimburgOrganiser, meeting.Id, new MeetingInput(
            meeting.StartsAt, meeting.EndsAt, meeting.Place, null, meeting.Agenda, "We bespraken de nieuwe omzendbrief."));

        Assert.Equal([present], attended.Attendees);
        Assert.Equal("We bespraken de nieuwe omzendbrief.", minutes.Minutes);
        Assert.Equal(0, minutes.Sequence);
    }

    [Fact]
    public async Task MunicipalUser_CannotManageTheirOwnPlatform()
    {
        var error = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.PlatformCommunity(Province.Limburg)
            .PlanMeetingAsync(new Actor(Fresh("hasselt"), [new RoleGrant(Role.Municipal, "71072")]), Meeting(4)));

        Assert.Equal(SupportErrorCode.Forbidden, error.Code);
    }
}
