using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Grains.Network;

[Collection(ClusterCollection.Name)]
public sealed class GroupTests(ClusterFixture fixture)
{
    private static readonly Actor Staff = new("staff@vvsg.example", [new RoleGrant(Role.Staff, null)]);

    private static Actor Municipal(string nis = "44021") => new($"{Guid.NewGuid():N}@gemeente.example", [new RoleGrant(Role.Municipal, nis)]);

    private async Task<(string Slug, ICommunityGrain Group)> NewIntervisionAsync(int capacity)
    {
        var slug = "intervisie-" + Guid.NewGuid().ToString("N")[..8];
        var group = fixture.Grains.Group(slug);
        await group.ConfigureAsync(Staff, new CommunitySettings(CommunityKind.Intervision, "Intervisie test", "Casemanagers bespreken casussen.", null, capacity));
        return (slug, group);
    }

    [Fact]
    public async Task SeededGroups_AreListedWithTheirKind()
    {
        var groups = await fixture.Grains.GroupDirectory().ListAsync();

        Assert.Contains(groups, g => g.Slug == "werkgroep-radicalisering-en-polarisering" && g.Settings.Kind == CommunityKind.WorkingGroup);
        Assert.Contains(groups, g => g.Slug == "kennisgroep" && g.Settings.Kind == CommunityKind.KnowledgeGroup);
        Assert.True(groups.Count(g => g.Settings.Kind == CommunityKind.Intervision) >= 2);
    }

    [Fact]
    public async Task JoinRequest_ApprovedByStaff_MakesAMember()
    {
        var (slug, group) = await NewIntervisionAsync(capacity: 5);
        var requester = Municipal();

        await group.RequestToJoinAsync(requester, "Sara", "44021", "Ik volg als casemanager drie casussen op.");
        var pending = await group.GetAsync();
        var decided = await group.DecideJoinRequestAsync(Staff, requester.Email, approve: true, reason: null);

        Assert.Single(pending!.JoinRequests);
        Assert.True(decided.HasMember(requester.Email));
        Assert.Empty(decided.JoinRequests);
        Assert.Contains(await fixture.Grains.GroupDirectory().ListAsync(), g => g.Slug == slug && g.MemberCount == 1 && g.PendingRequests == 0);
    }

    [Fact]
    public async Task JoinRequest_Declined_LeavesNoMemberAndMayBeAskedAgain()
    {
        var (_, group) = await NewIntervisionAsync(capacity: 5);
        var requester = Municipal();
        await group.RequestToJoinAsync(requester, "Sara", "44021", "Ik volg als casemanager drie casussen op.");

        var decided = await group.DecideJoinRequestAsync(Staff, requester.Email, approve: false, reason: "De groep is voor casemanagers met een lopende casus.");
        var again = await group.RequestToJoinAsync(requester, "Sara", "44021", "Intussen heb ik een lopende casus.");

        Assert.False(decided.HasMember(requester.Email));
        Assert.Equal(requester.Email, again.Email);
    }

    [Fact]
    public async Task Decide_ByAMunicipalUser_IsForbidden()
    {
        var (_, group) = await NewIntervisionAsync(capacity: 5);
        var requester = Municipal();
        await group.RequestToJoinAsync(requester, "Sara", "44021", "Ik volg als casemanager drie casussen op.");

        var error = await Assert.ThrowsAsync<SupportException>(() => group.DecideJoinRequestAsync(Municipal(), requester.Email, true, null));

        Assert.Equal(SupportErrorCode.Forbidden, error.Code);
    }

    [Fact]
    public async Task Intervision_AtCapacity_RefusesTheNextApproval()
    {
        var (_, group) = await NewIntervisionAsync(capacity: 2);
        var people = new[] { Municipal(), Municipal(), Municipal() };
        foreach (var person in people)
        {
            await group.RequestToJoinAsync(person, "Casemanager", "44021", "Ik volg als casemanager casussen op.");
        }

        await group.DecideJoinRequestAsync(Staff, people[0].Email, true, null);
        await group.DecideJoinRequestAsync(Staff, people[1].Email, true, null);
        var error = await Assert.ThrowsAsync<SupportException>(() => group.DecideJoinRequestAsync(Staff, people[2].Email, true, null));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        var view = await group.GetAsync();
        Assert.Equal(2, view!.Members.Count);
        Assert.Single(view.JoinRequests);
    }

    [Fact]
    public async Task Configure_ByOrganiser_IsForbiddenAndPlatformsCannotBeReconfigured()
    {
        var organiser = new Actor("org@limburg.example", [new RoleGrant(Role.Organiser, "limburg")]);

        var forbidden = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.Group("nieuwe-groep").ConfigureAsync(
            organiser, new CommunitySettings(CommunityKind.KnowledgeGroup, "Nieuwe groep", "Een nieuwe groep.")));
        var platform = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.PlatformCommunity(LivcR.Support.Contracts.Municipalities.Province.Limburg)
            .ConfigureAsync(Staff, new CommunitySettings(CommunityKind.KnowledgeGroup, "Overname", "Geen platform meer.")));

        Assert.Equal(SupportErrorCode.Forbidden, forbidden.Code);
        Assert.Equal(SupportErrorCode.Conflict, platform.Code);
        Assert.Null(await fixture.Grains.Group("nieuwe-groep").GetAsync());
    }

    [Fact]
    public async Task Group_InviteAndLeave_AreStaffManagedMembership()
    {
        var (_, group) = await NewIntervisionAsync(capacity: 3);
        var invitee = Municipal("71072");

        var issued = await group.InviteAsync(Staff, new InvitationInput(invitee.Email, "Tom", null));
        await group.AcceptInvitationAsync(issued.Code);
        await group.LeaveAsync(invitee);

        Assert.StartsWith("group.intervisie-", issued.Code, StringComparison.Ordinal);
        Assert.False((await group.GetAsync())!.HasMember(invitee.Email));
    }
}
