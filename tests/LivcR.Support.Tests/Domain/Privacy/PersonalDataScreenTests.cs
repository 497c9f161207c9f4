using LivcR.Support.Contracts.Privacy;
using LivcR.Support.Silo.Privacy;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Tests.Domain.Privacy;

public sealed class PersonalDataScreenTests
{
    [Fact]
    public void Screen_DefaultPolicies_RedactTheNationalRegisterNumberAndFlagTheRest()
    {
        var screen = new PersonalDataScreen(Options.Create(new PrivacyOptions()));

        var result = screen.Screen("Dossier 85.07.30-033.28, gsm 0470 12 34 56, tel 09 123 45 67, mail jan@example.org.", "coordinator@gent.example");

        Assert.Equal("Dossier [rijksregisternummer verwijderd], gsm 0470 12 34 56, tel 09 123 45 67, mail jan@example.org.", result.Text);
        Assert.Equal(
            [
                new PersonalDataFlag(PersonalDataKind.NationalRegisterNumber, PersonalDataHandling.Redacted, 1),
                new PersonalDataFlag(PersonalDataKind.PhoneNumber, PersonalDataHandling.Flagged, 2),
                new PersonalDataFlag(PersonalDataKind.EmailAddress, PersonalDataHandling.Flagged, 1),
            ],
            result.Found);
        Assert.Equal("Persoonsgegevens gedetecteerd: 1 rijksregisternummer verwijderd, 2 telefoonnummers gemarkeerd, 1 e-mailadres gemarkeerd", PersonalDataText.Event(result.Found));
    }

    [Fact]
    public void Screen_EveryKindOnRedact_LeavesOnlyTheLabels()
    {
        var screen = new PersonalDataScreen(Options.Create(new PrivacyOptions
        {
            PhoneNumber = PersonalDataPolicy.Redact, Iban = PersonalDataPolicy.Redact, EmailAddress = PersonalDataPolicy.Redact,
        }));

        var result = screen.Screen("+32 470 12 34 56 / BE68 5390 0754 7034 / jan@example.org");

        Assert.Equal("[telefoonnummer verwijderd] / [rekeningnummer verwijderd] / [e-mailadres verwijderd]", result.Text);
    }

    [Fact]
    public void Screen_NationalRegisterNumberOnFlag_KeepsTheText()
    {
        var screen = new PersonalDataScreen(Options.Create(new PrivacyOptions { NationalRegisterNumber = PersonalDataPolicy.Flag }));

        var result = screen.Screen("rrn 85073003328");

        Assert.Equal("rrn 85073003328", result.Text);
        Assert.Equal(PersonalDataHandling.Flagged, Assert.Single(result.Found).Handling);
    }

    [Fact]
    public void Screen_NothingFound_ReturnsTheSameText()
    {
        var screen = new PersonalDataScreen(Options.Create(new PrivacyOptions()));

        var result = screen.Screen("Ticket 2026-00042: de NIS-code 44021, 9000 Gent, € 1.234.567,89.");

        Assert.Empty(result.Found);
        Assert.Equal("Ticket 2026-00042: de NIS-code 44021, 9000 Gent, € 1.234.567,89.", result.Text);
    }
}
