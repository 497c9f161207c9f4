using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Tests.Domain.Mail;

public sealed class TicketMailAccessTests
{
    private static readonly TicketAccess GentTicket = new("44021", "an@gent.example", Confidential: false);

    private static readonly TicketAccess ConfidentialGentTicket = GentTicket with { Confidential = true };

    private static Actor Who(string email, params RoleGrant[] roles) => new(email, roles);

    private static Actor Staff => Who("els@vvsg.example", new RoleGrant(Role.Staff, null));

    private static Actor GentColleague => Who("jo@gent.example", new RoleGrant(Role.Municipal, "44021"));

    private static Actor GentRequester => Who("an@gent.example", new RoleGrant(Role.Municipal, "44021"));

    [Theory]
    [InlineData(TicketEntryKind.Message)]
    [InlineData(TicketEntryKind.InternalNote)]
    [InlineData(TicketEntryKind.SystemEvent)]
    public void Staff_AnyEntryOfAnyTicket_MaySeeTheMail(TicketEntryKind kind)
    {
        Assert.True(TicketMailAccess.CanReadMailOf(Staff, GentTicket, kind));
        Assert.True(TicketMailAccess.CanReadMailOf(Staff, ConfidentialGentTicket, kind));
    }

    [Fact]
    public void MunicipalUser_PublicMessageOfTheirMunicipality_MaySeeTheMail()
    {
        Assert.True(TicketMailAccess.CanReadMailOf(GentColleague, GentTicket, TicketEntryKind.Message));
    }

    [Theory]
    [InlineData(TicketEntryKind.InternalNote)]
    [InlineData(TicketEntryKind.SystemEvent)]
    public void MunicipalUser_EntryThatIsNoPublicMessage_MayNotSeeTheMail(TicketEntryKind kind)
    {
        Assert.False(TicketMailAccess.CanReadMailOf(GentRequester, GentTicket, kind));
    }

    [Fact]
    public void MunicipalUser_ConfidentialTicket_OnlyTheRequesterSeesTheMail()
    {
        Assert.True(TicketMailAccess.CanReadMailOf(GentRequester, ConfidentialGentTicket, TicketEntryKind.Message));
        Assert.False(TicketMailAccess.CanReadMailOf(GentColleague, ConfidentialGentTicket, TicketEntryKind.Message));
    }

    [Fact]
    public void OtherCallers_TicketOfAnotherMunicipality_MayNotSeeTheMail()
    {
        Assert.False(TicketMailAccess.CanReadMailOf(Who("jo@hasselt.example", new RoleGrant(Role.Municipal, "71072")), GentTicket, TicketEntryKind.Message));
        Assert.False(TicketMailAccess.CanReadMailOf(Who("admin@vvsg.example", new RoleGrant(Role.Admin, null)), GentTicket, TicketEntryKind.Message));
        Assert.False(TicketMailAccess.CanReadMailOf(Who("org@vvsg.example", new RoleGrant(Role.Organiser, "oost-vlaanderen")), GentTicket, TicketEntryKind.Message));
    }
}
