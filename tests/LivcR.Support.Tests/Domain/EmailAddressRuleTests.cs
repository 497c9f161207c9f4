using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain;

public sealed class EmailAddressRuleTests
{
    [Theory]
    [InlineData("jan@gent.be", "jan@gent.be")]
    [InlineData(" Jan.De-Smet+livcr@Stad.Gent.BE ", "Jan.De-Smet+livcr@stad.gent.be")]
    [InlineData("o'brien@vvsg.be", "o'brien@vvsg.be")]
    public void Normalise_ValidAddress_LowersOnlyTheDomain(string input, string expected) =>
        Assert.Equal(expected, EmailAddressRule.Normalise(input));

    [Theory]
    [InlineData(".jan@gent.be")]
    [InlineData("jan.@gent.be")]
    [InlineData("j..an@gent.be")]
    [InlineData("jan@-gent.be")]
    [InlineData("jan@gent.123")]
    [InlineData("jan@gent..be")]
    [InlineData("\"jan\"@gent.be")]
    [InlineData(null)]
    public void Normalise_InvalidAddress_ReturnsNull(string? input) =>
        Assert.Null(EmailAddressRule.Normalise(input));
}
