using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Tests.Domain;

public sealed class AccessPolicyTests
{
    private static readonly TicketAccess GentTicket = new("44021", "an@stad.gent", Confidential: false);
    private static readonly TicketAccess GentConfidential = GentTicket with { Confidential = true };

    private static Actor Municipal(string email, string nis) => new(email, [new RoleGrant(Role.Municipal, nis)]);

    [Fact]
    public void CanReadTicket_ColleagueOfTheSameMunicipality_SeesTheOpenTicketButNotTheConfidentialOne()
    {
        var colleague = Municipal("jan@stad.gent", "44021");

        Assert.True(AccessPolicy.CanReadTicket(colleague, GentTicket));
        Assert.False(AccessPolicy.CanReadTicket(colleague, GentConfidential));
    }

    [Fact]
    public void CanReadTicket_Requester_SeesTheirConfidentialTicket() =>
        Assert.True(AccessPolicy.CanReadTicket(Municipal("AN@stad.gent", "44021"), GentConfidential));

    [Fact]
    public void CanReadTicket_OtherMunicipalityOrganiserOrAdmin_SeeNothing()
    {
        Assert.False(AccessPolicy.CanReadTicket(Municipal("els@hasselt.be", "71072"), GentTicket));
        Assert.False(AccessPolicy.CanReadTicket(new Actor("org@x.be", [new RoleGrant(Role.Organiser, "oost-vlaanderen")]), GentTicket));
        Assert.False(AccessPolicy.CanReadTicket(new Actor("admin@x.be", [new RoleGrant(Role.Admin, null)]), GentTicket));
    }

    [Fact]
    public void CanReadTicket_Staff_SeesEverything() =>
        Assert.True(AccessPolicy.CanReadTicket(new Actor("s@vvsg.be", [new RoleGrant(Role.Staff, null)]), GentConfidential));

    [Fact]
    public void CanSubmitFor_PersonOfSeveralMunicipalities_MaySubmitForEachOfThem()
    {
        var shared = new Actor("lien@regio.be", [new RoleGrant(Role.Municipal, "44021"), new RoleGrant(Role.Municipal, "44086")]);

        Assert.True(AccessPolicy.CanSubmitFor(shared, "44021"));
        Assert.True(AccessPolicy.CanSubmitFor(shared, "44086"));
        Assert.False(AccessPolicy.CanSubmitFor(shared, "71072"));
    }

    [Theory]
    [InlineData("municipal:44021", Role.Municipal, "44021")]
    [InlineData("staff", Role.Staff, null)]
    [InlineData("ORGANISER:limburg", Role.Organiser, "limburg")]
    [InlineData("admin", Role.Admin, null)]
    public void RoleGrantParse_ValidText_RoundTrips(string text, Role role, string? scope)
    {
        var grant = RoleGrant.Parse(text);

        Assert.Equal(new RoleGrant(role, scope), grant);
    }

    [Theory]
    [InlineData("municipal")]
    [InlineData("municipal:4402")]
    [InlineData("organiser:brussel")]
    [InlineData("staff:44021")]
    [InlineData("2")]
    [InlineData("root")]
    public void RoleGrantParse_ScopeThatDoesNotFit_IsNull(string text) => Assert.Null(RoleGrant.Parse(text));
}
