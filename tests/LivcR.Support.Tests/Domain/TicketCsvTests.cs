using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Tests.Domain;

public sealed class TicketCsvTests
{
    [Fact]
    public async Task Export_ValuesForExcelNlBe_AreInDutchLikeTheHeaders()
    {
        var at = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var tickets = new[]
        {
            new TicketSummary("2026-00001", "Wachten", TicketStatus.WaitingForMunicipality, TicketPriority.Urgent, "signalen", "44021", "oost-vlaanderen", null, [], false, at, at, null, false, 3),
            new TicketSummary("2026-00002", "Klaar", TicketStatus.Resolved, TicketPriority.Low, "verdwenen-categorie", "71072", "limburg", null, [], false, at, at, null, true, 5),
        }.ToAsyncEnumerable();
        using var text = new StringWriter();

        await TicketCsv.WriteAsync(text, tickets, nis => nis == "44021" ? "Gent" : "Hasselt",
            key => key == "signalen" ? "Signalen van radicalisering" : key, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
        var lines = text.ToString().Split("\r\n");

        Assert.StartsWith("2026-00001;Wachten;Wacht op gemeente;Dringend;Signalen van radicalisering;44021;Gent;Oost-Vlaanderen;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-00002;Klaar;Opgelost;Laag;verdwenen-categorie;71072;Hasselt;Limburg;", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(";ja", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TicketStatus.New, "Nieuw")]
    [InlineData(TicketStatus.Open, "Open")]
    [InlineData(TicketStatus.Closed, "Gesloten")]
    public void Status_EveryValue_HasADutchWord(TicketStatus status, string word) => Assert.Equal(word, TicketLabels.Status(status));

    [Theory]
    [InlineData(TicketPriority.Normal, "Normaal")]
    [InlineData(TicketPriority.High, "Hoog")]
    public void Priority_EveryValue_HasADutchWord(TicketPriority priority, string word) => Assert.Equal(word, TicketLabels.Priority(priority));
}
