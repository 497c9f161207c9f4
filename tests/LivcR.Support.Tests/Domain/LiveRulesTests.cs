using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Live;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Live;
using LivcR.Support.Silo.Live;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Tests.Domain;

/// <summary>What a stored change is called, who may hear of it, and how many streams one person may hold.</summary>
public sealed class LiveRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TicketActor Staff = new("an.peeters@vvsg.example", "An Peeters", IsStaff: true);
    private static readonly TicketActor Requester = new("sara@gent.example", "Sara", IsStaff: false);
    private static readonly Actor StaffMember = new("bert@vvsg.example", [new RoleGrant(Role.Staff, null)]);
    private static readonly Actor GentColleague = new("tom@gent.example", [new RoleGrant(Role.Municipal, "44021")]);
    private static readonly Actor GentRequester = new("sara@gent.example", [new RoleGrant(Role.Municipal, "44021")]);
    private static readonly Actor Hasselt = new("jan@hasselt.example", [new RoleGrant(Role.Municipal, "71072")]);
    private static readonly Actor Organiser = new("org@oost-vlaanderen.example", [new RoleGrant(Role.Organiser, "oost-vlaanderen")]);

    private static TicketState Ticket(bool confidential = false)
    {
        var state = new TicketState();
        state.Open("2026-00001", new NewTicket("44021", "Vraag", "Tekst", new TicketPerson("Sara", "sara@gent.example"), Monday));
        state.Confidential = confidential;
        return state;
    }

    private static TicketChange Change(TicketChangeKind kind, bool confidential = false) =>
        new("2026-00001", 3, kind, "44021", "sara@gent.example", confidential, TicketStatus.Open, null, Staff.Email, Staff.Name, Monday);

    [Fact]
    public void Describe_ANewTicket_IsCreatedByItsRequester()
    {
        var change = TicketChangeRules.Describe(existedBefore: false, versionBefore: 0, entriesBefore: 0, Ticket(), Monday);

        Assert.Equal((TicketChangeKind.Created, "Sara", "44021"), (change!.Kind, change.ActorName, change.MunicipalityNisCode));
    }

    [Fact]
    public void Describe_APublicAnswer_IsAMessageByItsAuthor_WithTheNewVersion()
    {
        var ticket = Ticket();
        var (version, entries) = (ticket.Version, ticket.Entries.Count);
        TicketWorkflow.Reply(ticket, Staff, "Antwoord", Monday.AddHours(1));

        var change = TicketChangeRules.Describe(true, version, entries, ticket, Monday);

        Assert.Equal((TicketChangeKind.Message, "An Peeters", ticket.Version), (change!.Kind, change.ActorName, change.Version));
        Assert.True(change.Version > version);
    }

    [Fact]
    public void Describe_OnlyANote_IsANote()
    {
        var ticket = Ticket();
        var (version, entries) = (ticket.Version, ticket.Entries.Count);
        TicketWorkflow.Note(ticket, Staff, "Intern", Monday.AddHours(1));

        Assert.Equal(TicketChangeKind.Note, TicketChangeRules.Describe(true, version, entries, ticket, Monday)!.Kind);
    }

    [Fact]
    public void Describe_ASystemEvent_IsAnUpdate_AndNothingStoredIsNoChange()
    {
        var ticket = Ticket();
        var (version, entries) = (ticket.Version, ticket.Entries.Count);
        Assert.Null(TicketChangeRules.Describe(true, version, entries, ticket, Monday));

        TicketWorkflow.Record(ticket, Staff, "Status: in behandeling", Monday.AddHours(1));

        Assert.Equal(TicketChangeKind.Updated, TicketChangeRules.Describe(true, version, entries, ticket, Monday)!.Kind);
    }

    [Theory]
    [InlineData(TicketChangeKind.Message, true, true, false, false)]
    [InlineData(TicketChangeKind.Updated, true, true, false, false)]
    [InlineData(TicketChangeKind.Note, true, false, false, false)]
    [InlineData(TicketChangeKind.Viewing, true, false, false, false)]
    [InlineData(TicketChangeKind.Composing, true, false, false, false)]
    public void For_WhoHearsOfAChange(TicketChangeKind kind, bool staff, bool colleague, bool otherMunicipality, bool organiser)
    {
        var change = Change(kind);

        Assert.Equal(staff, LiveAudience.For(StaffMember, change) is not null);
        Assert.Equal(colleague, LiveAudience.For(GentColleague, change) is not null);
        Assert.Equal(otherMunicipality, LiveAudience.For(Hasselt, change) is not null);
        Assert.Equal(organiser, LiveAudience.For(Organiser, change) is not null);
    }

    [Fact]
    public void For_AConfidentialTicket_ReachesItsRequesterAndStaff_NotAColleague()
    {
        var change = Change(TicketChangeKind.Message, confidential: true);

        Assert.NotNull(LiveAudience.For(GentRequester, change));
        Assert.NotNull(LiveAudience.For(StaffMember, change));
        Assert.Null(LiveAudience.For(GentColleague, change));
    }

    [Fact]
    public void For_AResync_ReachesEveryone()
    {
        var resync = TicketChange.Resync(Monday);

        Assert.All(new[] { StaffMember, GentColleague, Hasselt, Organiser }, actor => Assert.Equal(TicketChangeKind.Resync, LiveAudience.For(actor, resync)!.Kind));
    }

    [Fact]
    public void Quota_RefusesOverTheLimit_AndGivesThePlaceBackOnce()
    {
        var quota = new LiveQuota(Options.Create(new LiveOptions { MaxSubscriptionsPerUser = 2 }));
        var first = quota.Take("an@vvsg.example");
        using var second = quota.Take("AN@vvsg.example");

        var refused = Assert.Throws<Contracts.Errors.SupportException>(() => quota.Take("an@vvsg.example"));
        Assert.Equal("RATE_LIMITED", refused.Code);

        first.Dispose();
        first.Dispose();
        Assert.Equal(1, quota.Open("an@vvsg.example"));
        using var third = quota.Take("an@vvsg.example");
        Assert.Equal(2, quota.Open("an@vvsg.example"));
        using var someoneElse = quota.Take("bert@vvsg.example");
    }
}
