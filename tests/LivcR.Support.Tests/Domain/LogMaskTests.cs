using LivcR.Support.Contracts.Logging;

namespace LivcR.Support.Tests.Domain;

public sealed class LogMaskTests
{
    [Theory]
    [InlineData("coordinator@gent.example", "c…r@gent.example")]
    [InlineData("a@gent.example", "a…@gent.example")]
    [InlineData("", "(geen)")]
    [InlineData(null, "(geen)")]
    [InlineData("geen-adres", "…")]
    [InlineData("x@", "…")]
    public void Email_KeepsFirstAndLastLetterAndTheDomain(string? address, string expected) => Assert.Equal(expected, LogMask.Email(address));

    [Theory]
    [InlineData("550 5.1.1 <an.peeters@gent.example>: user unknown", "550 5.1.1 <a…s@gent.example>: user unknown")]
    [InlineData("Mail van jan@aalst.example en els@ninove.example.", "Mail van j…n@aalst.example en e…s@ninove.example.")]
    [InlineData("geen adres hier", "geen adres hier")]
    [InlineData("een losse @ in de tekst", "een losse @ in de tekst")]
    public void Text_MasksEveryAddressInIt(string text, string expected) => Assert.Equal(expected, LogMask.Text(text));

    [Fact]
    public void Text_OfManyAtSigns_IsLinear()
    {
        var text = new string('@', 200_000) + "an@gent.example";

        var masked = LogMask.Text(text);

        Assert.EndsWith("a…n@gent.example", masked, StringComparison.Ordinal);
    }
}
