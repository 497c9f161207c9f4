using LivcR.Support.Contracts.Errors;
using LivcR.Support.Silo.Municipalities;

namespace LivcR.Support.Tests.Mail;

public sealed class EmailDomainRulesTests
{
    [Theory]
    [InlineData("gent.be", "gent.be")]
    [InlineData(" @Gent.BE. ", "gent.be")]
    [InlineData("stad.gent", "stad.gent")]
    [InlineData("ocmw.sint-niklaas.be", "ocmw.sint-niklaas.be")]
    [InlineData("gemeënte.be", "xn--gemente-uya.be")]
    public void Normalise_UsableDomain_IsStoredLowerCaseInPunycode(string input, string expected) =>
        Assert.Equal(expected, EmailDomainRules.Normalise(input));

    [Theory]
    [InlineData("")]
    [InlineData("gent")]
    [InlineData("gent..be")]
    [InlineData("-gent.be")]
    [InlineData("gent.be/x")]
    [InlineData("an@gent.be")]
    [InlineData("gent.123")]
    [InlineData("gent be")]
    [InlineData(null)]
    public void Normalise_NotADomain_IsBadInputNamingTheField(string? input)
    {
        var error = Assert.Throws<SupportException>(() => EmailDomainRules.Normalise(input));

        Assert.Equal(SupportErrorCode.BadUserInput, error.Code);
        Assert.Equal("domains", error.Field);
    }

    [Fact]
    public void Normalise_TooLong_IsRefused() =>
        Assert.Throws<SupportException>(() => EmailDomainRules.Normalise(string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + ".be"));

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("Telenet.be")]
    [InlineData("outlook.com")]
    [InlineData("skynet.be")]
    public void Normalise_PublicMailProvider_IsRefused(string domain)
    {
        var error = Assert.Throws<SupportException>(() => EmailDomainRules.Normalise(domain));

        Assert.Contains("publieke mailprovider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NormaliseAll_DuplicatesAndOrder_AreCleanedUp() =>
        Assert.Equal(["gent.be", "stad.gent"], EmailDomainRules.NormaliseAll(["stad.gent", "GENT.be", "@gent.be"]));

    [Fact]
    public void NormaliseAll_NoneOrEmpty_IsEmpty()
    {
        Assert.Empty(EmailDomainRules.NormaliseAll(null));
        Assert.Empty(EmailDomainRules.NormaliseAll([]));
    }

    [Fact]
    public void NormaliseAll_TooMany_IsRefused()
    {
        var error = Assert.Throws<SupportException>(() => EmailDomainRules.NormaliseAll(Enumerable.Range(0, 21).Select(i => $"d{i}.gent.be")));

        Assert.Equal("domains", error.Field);
    }

    [Theory]
    [InlineData("an@dienst.stad.gent.be", new[] { "dienst.stad.gent.be", "stad.gent.be", "gent.be" })]
    [InlineData("An@Gent.BE", new[] { "gent.be" })]
    [InlineData("x@localhost", new string[0])]
    [InlineData("geen-adres", new string[0])]
    [InlineData(null, new string[0])]
    public void CandidatesOf_Address_GivesItsDomainAndParents(string? address, string[] expected) =>
        Assert.Equal(expected, EmailDomainRules.CandidatesOf(address));
}
