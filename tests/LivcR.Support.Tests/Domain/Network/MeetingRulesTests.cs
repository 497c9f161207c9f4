using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Silo.Network;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class MeetingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private static MeetingInput Input(DateTimeOffset? start = null, string? place = "Provinciehuis Hasselt", string? link = null) =>
        new(start ?? Now.AddDays(10), (start ?? Now.AddDays(10)).AddHours(2), place, link, "1. Verwelkoming\n2. Casussen");

    private static CommunityState State()
    {
        var state = new CommunityState { Settings = new CommunitySettings(CommunityKind.Platform, "Platform", "Platform") };
        state.Members.Add(new CommunityMember("els@hasselt.example", "Els", "71072", MemberRole.Member, Now));
        return state;
    }

    [Fact]
    public void Plan_FutureMeeting_GetsAnIdAndKeepsTheAgendasLines()
    {
        var state = State();

        var meeting = MeetingRules.Plan(state, Input(), Now);

        Assert.Equal("m1", meeting.Id);
        Assert.Equal("1. Verwelkoming\n2. Casussen", meeting.Agenda);
        Assert.Equal("m2", MeetingRules.Plan(state, Input(), Now).Id);
    }

    [Fact]
    public void Plan_InThePast_NamesStartsAt()
    {
        Assert.Equal("startsAt", Assert.Throws<SupportException>(() => MeetingRules.Plan(State(), Input(Now.AddHours(-1)), Now)).Field);
    }

    [Fact]
    public void Check_NeitherPlaceNorLink_NamesPlace()
    {
        Assert.Equal("place", Assert.Throws<SupportException>(() => MeetingRules.Check(Input(place: null))).Field);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("teams")]
    public void Check_NotAnHttpLink_NamesOnlineLink(string link)
    {
        Assert.Equal("onlineLink", Assert.Throws<SupportException>(() => MeetingRules.Check(Input(place: null, link: link))).Field);
    }

    [Fact]
    public void Check_EndBeforeStart_NamesEndsAt()
    {
        Assert.Equal("endsAt", Assert.Throws<SupportException>(() => MeetingRules.Check(Input() with { EndsAt = Now })).Field);
    }

    [Fact]
    public void Update_NewTime_IsARescheduleWithAHigherSequence()
    {
        var state = State();
        var meeting = MeetingRules.Plan(state, Input(), Now);

        var (moved, rescheduled) = MeetingRules.Update(state, meeting.Id, Input(Now.AddDays(11)));
        var (minutes, again) = MeetingRules.Update(state, meeting.Id, Input(Now.AddDays(11)) with { Minutes = "Verslag: twee casussen besproken." });

        Assert.True(rescheduled);
        Assert.Equal(1, moved.Sequence);
        Assert.False(again);
        Assert.Equal("Verslag: twee casussen besproken.", minutes.Minutes);
    }

    [Fact]
    public void RecordAttendance_BeforeTheStart_IsAConflict()
    {
        var state = State();
        var meeting = MeetingRules.Plan(state, Input(), Now);

        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => MeetingRules.RecordAttendance(state, meeting.Id, ["els@hasselt.example"], Now)).Code);
    }

    [Fact]
    public void RecordAttendance_OfANonMember_NamesAttendees()
    {
        var state = State();
        var meeting = MeetingRules.Plan(state, Input(), Now);

        var error = Assert.Throws<SupportException>(() => MeetingRules.RecordAttendance(state, meeting.Id, ["vreemde@elders.example"], Now.AddDays(11)));

        Assert.Equal("attendees", error.Field);
    }

    [Fact]
    public void RecordAttendance_Members_AreStoredOnce()
    {
        var state = State();
        var meeting = MeetingRules.Plan(state, Input(), Now);

        var recorded = MeetingRules.RecordAttendance(state, meeting.Id, ["ELS@hasselt.example", "els@hasselt.example"], Now.AddDays(11));

        Assert.Equal(["els@hasselt.example"], recorded.Attendees);
    }

    [Fact]
    public void Update_UnknownMeeting_IsNotFound()
    {
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => MeetingRules.Update(State(), "m9", Input())).Code);
    }

    [Fact]
    public void NeedsNewInvitations_OnlyForARescheduledMeetingStillAhead()
    {
        var meeting = MeetingRules.Plan(State(), Input(), Now);

        Assert.True(MeetingRules.NeedsNewInvitations(meeting, rescheduled: true, Now));
        Assert.False(MeetingRules.NeedsNewInvitations(meeting, rescheduled: false, Now));
        Assert.False(MeetingRules.NeedsNewInvitations(meeting, rescheduled: true, meeting.StartsAt));
    }
}
