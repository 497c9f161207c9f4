using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Silo.Network;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class CommunityViewsTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private static CommunityState Group()
    {
        var state = new CommunityState { Settings = new CommunitySettings(CommunityKind.WorkingGroup, "Werkgroep", "Een werkgroep") };
        state.Members.Add(new CommunityMember("an@gent.example", "An", "44021", MemberRole.Member, Now));
        state.Members.Add(new CommunityMember("jo@hasselt.example", "Jo", "71072", MemberRole.Member, Now));
        state.JoinRequests.Add(new JoinRequest("els@leuven.example", "Els", null, "Ik wil graag meewerken.", Now));
        return state;
    }

    [Fact]
    public void GroupSummary_Group_CarriesSlugMembersAndPendingRequests()
    {
        var summary = CommunityViews.GroupSummary("group/werkgroep-preventie", Group());

        Assert.Equal(new GroupSummary("werkgroep-preventie", Group().Settings!, 2, 1), summary);
    }

    [Fact]
    public void GroupSummary_PlatformOrGroupThatDoesNotExist_IsNone()
    {
        var platform = new CommunityState { Settings = new CommunitySettings(CommunityKind.Platform, "Platform", "Platform", Province.Limburg) };

        Assert.Null(CommunityViews.GroupSummary("platform/limburg", platform));
        Assert.Null(CommunityViews.GroupSummary("group/nieuw", new CommunityState()));
    }

    [Fact]
    public void View_Group_ShowsMembersRequestsAndKey()
    {
        var view = CommunityViews.View("group/werkgroep-preventie", Group());

        Assert.Equal("group/werkgroep-preventie", view.Key);
        Assert.True(view.HasMember("AN@gent.example"));
        Assert.Equal("els@leuven.example", Assert.Single(view.JoinRequests).Email);
    }

    [Fact]
    public void View_CommunityThatDoesNotExist_IsNotFound()
    {
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => CommunityViews.View("group/nieuw", new CommunityState())).Code);
    }
}
