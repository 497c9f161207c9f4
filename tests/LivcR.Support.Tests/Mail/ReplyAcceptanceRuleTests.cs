using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Mail.Inbound;

namespace LivcR.Support.Tests.Mail;

public sealed class ReplyAcceptanceRuleTests
{
    private static readonly TicketAccess GentTicket = new("44021", "an.desmet@gent.be", Confidential: false);
    private static readonly TicketAccess ConfidentialGentTicket = GentTicket with { Confidential = true };

    private static ResolvedSender Person(string email, params RoleGrant[] roles) =>
        new(email, SenderKind.Person, new PersonView(email, "X", roles), roles.FirstOrDefault(r => r.Role == Role.Municipal)?.Scope);

    [Theory]
    [InlineData("an.desmet@gent.be")]
    [InlineData("An.DeSmet@Gent.be")]
    public void Decide_Requester_IsAccepted(string address)
    {
        var decision = ReplyAcceptanceRule.Decide(new ResolvedSender(address, SenderKind.Unknown, null, null), ConfidentialGentTicket);

        Assert.Equal(new ReplyDecision(true, ReplyAcceptanceReason.Requester), decision);
    }

    [Fact]
    public void Decide_Staff_IsAcceptedAlsoOnAConfidentialTicket() =>
        Assert.Equal(new ReplyDecision(true, ReplyAcceptanceReason.Staff),
            ReplyAcceptanceRule.Decide(Person("staf@vvsg.example", new RoleGrant(Role.Staff, null)), ConfidentialGentTicket));

    [Fact]
    public void Decide_ColleagueOfTheMunicipality_IsAccepted() =>
        Assert.Equal(new ReplyDecision(true, ReplyAcceptanceReason.MunicipalityPerson),
            ReplyAcceptanceRule.Decide(Person("collega@gent.be", new RoleGrant(Role.Municipal, "44021")), GentTicket));

    [Fact]
    public void Decide_ColleagueOnAConfidentialTicket_IsRefused() =>
        Assert.Equal(new ReplyDecision(false, ReplyAcceptanceReason.Confidential),
            ReplyAcceptanceRule.Decide(Person("collega@gent.be", new RoleGrant(Role.Municipal, "44021")), ConfidentialGentTicket));

    [Fact]
    public void Decide_PersonOfAnotherMunicipalityQuotingTheTicket_IsRefused() =>
        Assert.Equal(new ReplyDecision(false, ReplyAcceptanceReason.Stranger),
            ReplyAcceptanceRule.Decide(Person("preventie@hasselt.be", new RoleGrant(Role.Municipal, "71072")), GentTicket));

    [Fact]
    public void Decide_UnknownAddressInTheMunicipalitysDomain_IsRefused() =>
        Assert.Equal(new ReplyDecision(false, ReplyAcceptanceReason.Stranger),
            ReplyAcceptanceRule.Decide(new ResolvedSender("leerkracht@gent.be", SenderKind.MunicipalityDomain, null, "44021"), GentTicket));

    [Fact]
    public void Decide_AdminWithoutStaffRole_IsRefused() =>
        Assert.Equal(new ReplyDecision(false, ReplyAcceptanceReason.Stranger),
            ReplyAcceptanceRule.Decide(Person("beheer@vvsg.example", new RoleGrant(Role.Admin, null)), GentTicket));

    [Fact]
    public void Decide_OrganiserOfTheProvince_IsRefused() =>
        Assert.Equal(new ReplyDecision(false, ReplyAcceptanceReason.Stranger),
            ReplyAcceptanceRule.Decide(Person("org@oost-vlaanderen.example", new RoleGrant(Role.Organiser, "oost-vlaanderen")), GentTicket));

    [Fact]
    public void Decide_UnknownSenderOrNoAddress_IsRefused()
    {
        Assert.False(ReplyAcceptanceRule.Decide(new ResolvedSender("vreemde@elders.example", SenderKind.Unknown, null, null), GentTicket).Accepted);
        Assert.False(ReplyAcceptanceRule.Decide(new ResolvedSender(null, SenderKind.Unknown, null, null), GentTicket).Accepted);
    }

    [Fact]
    public void Decide_TicketWithoutMunicipality_OnlyRequesterAndStaff()
    {
        var unplaced = new TicketAccess(string.Empty, "wie@elders.example", Confidential: false);

        Assert.True(ReplyAcceptanceRule.Decide(new ResolvedSender("wie@elders.example", SenderKind.Unknown, null, null), unplaced).Accepted);
        Assert.True(ReplyAcceptanceRule.Decide(Person("staf@vvsg.example", new RoleGrant(Role.Staff, null)), unplaced).Accepted);
        Assert.False(ReplyAcceptanceRule.Decide(Person("collega@gent.be", new RoleGrant(Role.Municipal, "44021")), unplaced).Accepted);
    }
}
