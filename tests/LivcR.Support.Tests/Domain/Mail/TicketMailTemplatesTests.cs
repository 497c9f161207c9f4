using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Templates;

namespace LivcR.Support.Tests.Domain.Mail;

public sealed class TicketMailTemplatesTests
{
    private const string Link = "https://helpdesk.vvsg.example/tickets/2026-00042";

    [Theory]
    [InlineData(MailLanguage.Nl, "Je vraag is goed aangekomen", "Ze kreeg het nummer 2026-00042")]
    [InlineData(MailLanguage.Fr, "Votre question a bien été reçue", "Elle porte le numéro 2026-00042")]
    [InlineData(MailLanguage.En, "Your question has been received", "Its number is 2026-00042")]
    public void Acknowledgement_InEachLanguage_GivesNumberSubjectAndLink(MailLanguage language, string subject, string numberLine)
    {
        var mail = TicketMailTemplates.Acknowledgement(language, "An De Smet", "2026-00042", "Zorg over een leerling", Link);

        Assert.Equal(subject, mail.Subject);
        Assert.Contains(numberLine, mail.Body, StringComparison.Ordinal);
        Assert.Contains("Zorg over een leerling", mail.Body, StringComparison.Ordinal);
        Assert.Contains(Link, mail.Body, StringComparison.Ordinal);
        Assert.Contains("[VVSG #2026-00042]", mail.Body, StringComparison.Ordinal);
        Assert.Contains("An De Smet", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void French_UsesASpaceBeforeTheColon()
    {
        var mail = TicketMailTemplates.StaffReply(MailLanguage.Fr, "Question", "Els", "Voici notre réponse.", Link);

        Assert.Equal("Réponse à votre question : Question", mail.Subject);
        Assert.Contains("Votre question en ligne : " + Link, mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffReply_CarriesTheMessageAndTheStaffMembersName()
    {
        var mail = TicketMailTemplates.StaffReply(MailLanguage.Nl, "Zorg over een leerling", "Els Peeters", "Bel ons gerust morgen.", Link);

        Assert.Equal("Antwoord op je vraag: Zorg over een leerling", mail.Subject);
        Assert.StartsWith("Bel ons gerust morgen.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Els Peeters, VVSG", mail.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TicketStatus.WaitingForMunicipality, true)]
    [InlineData(TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.Closed, true)]
    [InlineData(TicketStatus.Open, false)]
    [InlineData(TicketStatus.New, false)]
    public void OnlyStatusesThatAskSomethingOfTheRequester_AreNotified(TicketStatus status, bool notified) =>
        Assert.Equal(notified, TicketMailTemplates.IsNotified(status));

    [Theory]
    [InlineData(MailLanguage.Nl, TicketStatus.Resolved, "Je vraag is opgelost", "binnen 7 dagen")]
    [InlineData(MailLanguage.Fr, TicketStatus.Resolved, "Votre question est résolue", "dans les 7 jours")]
    [InlineData(MailLanguage.En, TicketStatus.Resolved, "Your question has been resolved", "within 7 days")]
    [InlineData(MailLanguage.Nl, TicketStatus.WaitingForMunicipality, "We wachten op je reactie", "meer informatie")]
    [InlineData(MailLanguage.En, TicketStatus.Closed, "Your question has been closed", "follow-up")]
    public void StatusChanged_SaysWhatTheRequesterCanDo(MailLanguage language, TicketStatus status, string subject, string text)
    {
        var mail = TicketMailTemplates.StatusChanged(language, "An", "2026-00042", "Vraag", status, 7, Link);

        Assert.Equal(subject, mail.Subject);
        Assert.Contains(text, mail.Body, StringComparison.Ordinal);
        Assert.Contains(Link, mail.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MailLanguage.Nl, "Je aanmeldcode is: 123456")]
    [InlineData(MailLanguage.Fr, "Votre code de connexion est : 123456")]
    [InlineData(MailLanguage.En, "Your sign-in code is: 123456")]
    public void SignInCode_InEachLanguage(MailLanguage language, string line) =>
        Assert.Contains(line, TicketMailTemplates.SignInCode(language, "123456", 10).Body, StringComparison.Ordinal);
}
