using LivcR.Support.Contracts.Privacy;
using LivcR.Support.Silo.Privacy;

namespace LivcR.Support.Tests.Domain.Privacy;

public sealed class PersonalDataDetectorTests
{
    [Theory]
    [InlineData("85073003328")] // born 1985: 97 - (850730033 mod 97) = 28
    [InlineData("85.07.30-033.28")]
    [InlineData("85.07.30 033-28")]
    [InlineData("850730-033.28")]
    [InlineData("85 07 30 033 28")]
    public void NationalRegisterNumber_WithOrWithoutPunctuation_IsFound(string number)
    {
        var found = Assert.Single(PersonalDataDetector.Find($"Het rijksregisternummer is {number}, graag snel antwoord."));

        Assert.Equal(PersonalDataKind.NationalRegisterNumber, found.Kind);
        Assert.Equal(number, $"Het rijksregisternummer is {number}, graag snel antwoord.".Substring(found.Start, found.Length));
    }

    [Fact]
    public void NationalRegisterNumber_BornFrom2000_ChecksWithTheLeadingTwo()
    {
        // 05.03.12-345: born 2005, check 97 - (2050312345 mod 97) = 32; read as 1905 the check would be 03.
        Assert.True(PersonalDataDetector.IsNationalRegisterNumber("05031234532"));
        Assert.True(PersonalDataDetector.IsNationalRegisterNumber("05031234503"));
        Assert.False(PersonalDataDetector.IsNationalRegisterNumber("05031234533"));
        Assert.Equal(PersonalDataKind.NationalRegisterNumber, Assert.Single(PersonalDataDetector.Find("Jongere, rijksregister 05.03.12-345.32.")).Kind);
    }

    [Theory]
    [InlineData(27)] // BIS, sex known: month + 40 → 47; unknown: + 20 → 27
    [InlineData(47)]
    [InlineData(20)] // BIS with unknown birth month
    public void NationalRegisterNumber_BisMonth_IsFound(int month)
    {
        var first = 85_00_30_033L + (month * 100_000L);
        var number = $"{first:D9}{97 - (first % 97):D2}";

        Assert.True(PersonalDataDetector.IsNationalRegisterNumber(number));
        Assert.Equal(PersonalDataKind.NationalRegisterNumber, Assert.Single(PersonalDataDetector.Find($"BIS-nummer {number}")).Kind);
    }

    [Theory]
    [InlineData("85073003329")] // wrong check digits
    [InlineData("85133003328")] // month 13
    [InlineData("85073203328")] // day 32
    [InlineData("85073099947")] // serial 999
    [InlineData("8507300332")] // ten digits
    public void NationalRegisterNumber_Invalid_IsNotFound(string number)
    {
        Assert.DoesNotContain(PersonalDataDetector.Find($"nummer {number} hier"), m => m.Kind == PersonalDataKind.NationalRegisterNumber);
    }

    [Theory]
    [InlineData("0470 12 34 56")]
    [InlineData("0470/12.34.56")]
    [InlineData("0470123456")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("+32470123456")]
    [InlineData("0032 470 12 34 56")]
    [InlineData("+32 (0)470 12 34 56")]
    [InlineData("09 123 45 67")]
    [InlineData("02/123.45.67")]
    [InlineData("(02) 123 45 67")]
    [InlineData("+32 9 123 45 67")]
    [InlineData("011 12 34 56")]
    public void PhoneNumber_MobileOrFixed_IsFoundWhole(string number)
    {
        var text = $"Bel me op {number} na 17 uur.";

        var found = Assert.Single(PersonalDataDetector.Find(text));

        Assert.Equal(PersonalDataKind.PhoneNumber, found.Kind);
        Assert.Equal(number, text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("BE68 5390 0754 7034")]
    [InlineData("BE68539007547034")]
    [InlineData("be68 5390 0754 7034")]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606")]
    public void Iban_AnyCountry_IsFound(string iban)
    {
        var text = $"Stort het op {iban} aub.";

        var found = Assert.Single(PersonalDataDetector.Find(text));

        Assert.Equal(PersonalDataKind.Iban, found.Kind);
        Assert.Equal(iban, text.Substring(found.Start, found.Length));
    }

    [Fact]
    public void Iban_WrongCheckDigits_IsNotFound()
    {
        Assert.Empty(PersonalDataDetector.Find("Rekening BE69 5390 0754 7034."));
    }

    [Fact]
    public void EmailAddress_OfSomeoneElse_IsFound_TheWritersOwnIsNot()
    {
        var text = "Mail jan.peeters@example.org of mij op coordinator@gent.example.";

        var found = Assert.Single(PersonalDataDetector.Find(text, ["Coordinator@Gent.example"]));

        Assert.Equal(PersonalDataKind.EmailAddress, found.Kind);
        Assert.Equal("jan.peeters@example.org", text.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("Ticket 2026-00042 is opgelost.")]
    [InlineData("[VVSG #2026-00042] Re: vraag")]
    [InlineData("De NIS-code van Gent is 44021.")]
    [InlineData("Op 30/07/1985 en 2026-12-03 om 14:30.")]
    [InlineData("9000 Gent, 3500 Hasselt")]
    [InlineData("Een budget van € 1.234.567,89 en 12.345.678.901,50 euro.")]
    [InlineData("Bedrag: 12 035 678 901 euro")]
    [InlineData("KBO 0207.451.227")]
    public void NearMisses_AreNotFound(string text)
    {
        Assert.Empty(PersonalDataDetector.Find(text));
    }

    [Fact]
    public void NumbersSplitAcrossLines_AreFound()
    {
        var found = PersonalDataDetector.Find("rrn 85.07.30-\r\n033.28 en gsm 0470 12\n34 56");

        Assert.Equal([PersonalDataKind.NationalRegisterNumber, PersonalDataKind.PhoneNumber], found.Select(f => f.Kind));
    }

    [Fact]
    public void NumberInHtmlEntities_IsFound_AndCoversTheEntities()
    {
        var text = "<p>Nummer: &#56;5.07.30&#8209;033&#x2E;28&nbsp;</p>";

        var found = Assert.Single(PersonalDataDetector.Find(text));

        Assert.Equal(PersonalDataKind.NationalRegisterNumber, found.Kind);
        Assert.Equal("&#56;5.07.30&#8209;033&#x2E;28", text.Substring(found.Start, found.Length));
    }

    [Fact]
    public void NumbersInsideUrls_AreFound()
    {
        var found = PersonalDataDetector.Find("https://dossier.example/persoon?rrn=85073003328&tel=%2B32470123456 en mailto:jan@example.org");

        Assert.Equal([PersonalDataKind.NationalRegisterNumber, PersonalDataKind.PhoneNumber, PersonalDataKind.EmailAddress], found.Select(f => f.Kind));
    }

    [Fact]
    public void DigitsInsideAnEmailOrIban_AreNotReadAsPhoneNumbers()
    {
        var found = PersonalDataDetector.Find("0470123456@sms.example BE68 5390 0754 7034");

        Assert.Equal([PersonalDataKind.EmailAddress, PersonalDataKind.Iban], found.Select(f => f.Kind));
    }

    [Fact]
    public void HugeBodies_OfDigitsOrSeparators_FindNothingAndReturn()
    {
        Assert.Empty(PersonalDataDetector.Find(new string('7', 64 * 1024)));
        Assert.Empty(PersonalDataDetector.Find(string.Concat(Enumerable.Repeat("1.", 32 * 1024))));
        Assert.Empty(PersonalDataDetector.Find(string.Concat(Enumerable.Repeat("a@", 32 * 1024))));
    }
}
