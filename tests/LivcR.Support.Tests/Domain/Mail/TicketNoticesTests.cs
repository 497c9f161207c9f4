using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Outbox;
using LivcR.Support.Silo.Mail.Templates;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain.Mail;

/// <summary>Which mail a ticket change stages, and that what is staged renders into the mail the requester gets.</summary>
public sealed class TicketNoticesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly TicketActor Staff = new("els@vvsg.example", "Els Janssens", IsStaff: true);
    private static readonly TicketActor Municipality = new("an@gent.example", "An De Smet", IsStaff: false);

    private static TicketState Ticket()
    {
        var state = new TicketState();
        state.Open("2026-00042", new NewTicket("44021", "Zorg over een leerling", "Een vraag.", new TicketPerson("An De Smet", "an@gent.example"), Now));
        return state;
    }

    [Fact]
    public void Acknowledgement_OfAPortalTicket_FollowsTheSetting_AndOfAMailAlwaysGoesAnsweringTheQuestion()
    {
        var ticket = Ticket();

        var portalOff = TicketNotices.Acknowledgement(ticket, byMail: false, acknowledgePortalTickets: false);
        var portalOn = TicketNotices.Acknowledgement(ticket, byMail: false, acknowledgePortalTickets: true);
        var byMail = Assert.Single(TicketNotices.Acknowledgement(ticket, byMail: true, acknowledgePortalTickets: false, "vraag-1@gent.example"));

        Assert.Empty(portalOff);
        Assert.Equal(OutboundMailKind.Acknowledgement, Assert.Single(portalOn).Kind);
        Assert.Equal("vraag-1@gent.example", byMail.Answering);
        Assert.Equal("an@gent.example", byMail.Recipient);
        Assert.Equal("2026-00042", byMail.TicketNumber);
    }

    [Fact]
    public void StaffReply_IsStagedForAStaffMessage_NeverForTheMunicipalitysOwnOrForANote()
    {
        var ticket = Ticket();
        TicketWorkflow.Reply(ticket, Staff, "Dag An, bel ons gerust.", Now);
        var staff = Assert.Single(TicketNotices.StaffReply(ticket));
        TicketWorkflow.Note(ticket, Staff, "GEHEIM: enkel voor VVSG", Now);
        var afterNote = Assert.Single(TicketNotices.StaffReply(ticket));
        TicketWorkflow.Reply(ticket, Municipality, "Dank je.", Now);

        Assert.Equal(OutboundMailKind.StaffReply, staff.Kind);
        Assert.Equal("Dag An, bel ons gerust.", staff.Text.Body);
        Assert.Equal("Els Janssens", staff.Text.AuthorName);
        Assert.Equal("Dag An, bel ons gerust.", afterNote.Text.Body);
        Assert.Empty(TicketNotices.StaffReply(ticket));
    }

    [Theory]
    [InlineData(TicketStatus.Open, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.Open, TicketStatus.WaitingForMunicipality, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed, true)]
    [InlineData(TicketStatus.New, TicketStatus.Open, false)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Resolved, false)]
    public void StatusChanged_IsStagedOnlyForAStatusTheRequesterIsToldAbout(TicketStatus before, TicketStatus after, bool notified)
    {
        var ticket = Ticket();
        ticket.Status = after;

        var notices = TicketNotices.StatusChanged(ticket, before);

        Assert.Equal(notified, notices.Count == 1);
        Assert.All(notices, n => Assert.Equal(after, n.Text.Status));
    }

    [Fact]
    public void SameChangeStagedTwice_GetsTwoTokens_SoAFailedWriteCannotConfirmTheRetry()
    {
        var ticket = Ticket();

        var first = Assert.Single(TicketNotices.Acknowledgement(ticket, byMail: true, acknowledgePortalTickets: true));
        var again = Assert.Single(TicketNotices.Acknowledgement(ticket, byMail: true, acknowledgePortalTickets: true));

        Assert.NotEqual(first.Token, again.Token);
    }

    [Fact]
    public void StagedStaffReply_StoredAndReadBack_RendersTheMessageInTheRecipientsLanguage()
    {
        var ticket = Ticket();
        TicketWorkflow.Reply(ticket, Staff, "Bonjour An, appelez-nous.", Now);
        var staged = TicketNoticeJson.Write(Assert.Single(TicketNotices.StaffReply(ticket)).Text);

        var mail = TicketMailer.Render(OutboundMailKind.StaffReply, "2026-00042", TicketNoticeJson.Read(staged), MailLanguage.Fr, "https://helpdesk.vvsg.example/tickets/2026-00042", 7);

        Assert.Equal("Réponse à votre question : Zorg over een leerling", mail.Subject);
        Assert.StartsWith("Bonjour An, appelez-nous.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Els Janssens, VVSG", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void StagedStatusNotification_StoredAndReadBack_TellsTheStatusWithTheAutoCloseDays()
    {
        var ticket = Ticket();
        ticket.Status = TicketStatus.Resolved;
        var staged = TicketNoticeJson.Write(Assert.Single(TicketNotices.StatusChanged(ticket, TicketStatus.Open)).Text);

        var mail = TicketMailer.Render(OutboundMailKind.StatusNotification, "2026-00042", TicketNoticeJson.Read(staged), MailLanguage.Nl, "https://helpdesk.vvsg.example/tickets/2026-00042", 5);

        Assert.Contains("\"Resolved\"", staged, StringComparison.Ordinal);
        Assert.Equal("Je vraag is opgelost", mail.Subject);
        Assert.Contains("binnen 5 dagen", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Goedendag An De Smet", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Escalation_GoesToTheAssigneeOrElseTheRecipients_AndRendersWithoutTheQuestion()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var unassigned = Ticket();
        var assigned = Ticket();
        assigned.AssigneeEmail = "behandelaar@vvsg.example";

        var toRecipients = TicketNotices.Escalation(unassigned, Now, ["staf@vvsg.example", "STAF@vvsg.example", " "], zone);
        var toAssignee = Assert.Single(TicketNotices.Escalation(assigned, Now, ["staf@vvsg.example"], zone));
        var staged = TicketNoticeJson.Write(toAssignee.Text);
        var mail = TicketMailer.Render(OutboundMailKind.Escalation, "2026-00042", TicketNoticeJson.Read(staged), MailLanguage.Fr, "https://helpdesk.vvsg.example/tickets/2026-00042", 7);

        Assert.Equal(["staf@vvsg.example"], toRecipients.Select(n => n.Recipient).ToArray());
        Assert.Equal("behandelaar@vvsg.example", toAssignee.Recipient);
        Assert.Equal(OutboundMailKind.Escalation, toAssignee.Kind);
        Assert.Equal("SLA overschreden: ticket 2026-00042", mail.Subject);
        Assert.Contains("Het ticket is aan jou toegewezen.", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Een vraag.", mail.Body, StringComparison.Ordinal);
        Assert.NotEqual(toAssignee.Token, Assert.Single(TicketNotices.Escalation(assigned, Now, [], zone)).Token);
    }
}
