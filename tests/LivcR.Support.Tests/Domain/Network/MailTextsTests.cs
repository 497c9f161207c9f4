using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Network;
using LivcR.Support.Silo.Trainings;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class MailTextsTests
{
    private static readonly TrainingSessionInput Session = new(
        new DateTimeOffset(2026, 5, 12, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 12, 15, 0, 0, TimeSpan.Zero), "VVSG Brussel", null, 20,
        new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero), 30m);

    [Theory]
    [InlineData(MailLanguage.Nl, "Inschrijving bevestigd", "Beste Els,", "dinsdag 12 mei 2026 om 14:00", "€ 30,00")]
    [InlineData(MailLanguage.Fr, "Inscription confirmée", "Bonjour Els,", "mardi 12 mai 2026 à 14:00", "30,00 €")]
    [InlineData(MailLanguage.En, "Registration confirmed", "Dear Els,", "Tuesday 12 May 2026 at 14:00", "€30.00")]
    public void TrainingConfirmation_IsWrittenInTheChosenLanguage(MailLanguage language, string subject, string greeting, string when, string price)
    {
        var text = TrainingMailTexts.Confirmed(language, "Els", "Polarisering", Session);

        Assert.StartsWith(subject, text.Subject, StringComparison.Ordinal);
        Assert.StartsWith(greeting, text.Body, StringComparison.Ordinal);
        Assert.Contains(when + " – 17:00", text.Body, StringComparison.Ordinal);
        Assert.Contains(price, text.Body.Replace('\u00A0', ' ').Replace('\u202F', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MailLanguage.Nl, "Je aanvraag", "Reden:")]
    [InlineData(MailLanguage.Fr, "Votre demande", "Raison :")]
    [InlineData(MailLanguage.En, "Your request", "Reason:")]
    public void Decline_CarriesTheReasonInTheChosenLanguage(MailLanguage language, string subject, string reasonLabel)
    {
        var text = NetworkMailTexts.Declined(language, "Els", "Kennisgroep", "Volzet dit jaar.");

        Assert.StartsWith(subject, text.Subject, StringComparison.Ordinal);
        Assert.Contains($"{reasonLabel}\nVolzet dit jaar.", text.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingInvitation_ListsPlaceLinkAndAgenda()
    {
        var meeting = new Meeting("m1", Session.StartsAt, Session.EndsAt, "Provinciehuis", "https://vergader.example/x", "1. Welkom", null, [], 0, 0);

        var text = NetworkMailTexts.Meeting(MailLanguage.Nl, "Els", "Provinciaal platform Limburg", meeting, changed: true);

        Assert.StartsWith("Gewijzigd: vergadering Provinciaal platform Limburg", text.Subject, StringComparison.Ordinal);
        Assert.Contains("Provinciehuis\nhttps://vergader.example/x", text.Body, StringComparison.Ordinal);
        Assert.Contains("1. Welkom", text.Body, StringComparison.Ordinal);
    }
}
