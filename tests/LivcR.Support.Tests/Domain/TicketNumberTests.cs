using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Tests.Domain;

public sealed class TicketNumberTests
{
    [Fact]
    public void ToString_PadsTheSequenceToFiveDigits() =>
        Assert.Equal("2026-00042", new TicketNumber(2026, 42).ToString());

    [Theory]
    [InlineData("2026-00042", 2026, 42)]
    [InlineData("2027-123456", 2027, 123456)]
    public void TryParse_CanonicalText_RoundTrips(string text, int year, int sequence)
    {
        Assert.True(TicketNumber.TryParse(text, out var number));
        Assert.Equal(new TicketNumber(year, sequence), number);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData("2026-42")]
    [InlineData("2026-0042")]
    [InlineData("2026-00000")]
    [InlineData("26-00042")]
    [InlineData("2026/00042")]
    [InlineData("2026-000042")]
    [InlineData("abcd-00042")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingElse_IsRefused(string? text) =>
        Assert.False(TicketNumber.TryParse(text, out _));
}
