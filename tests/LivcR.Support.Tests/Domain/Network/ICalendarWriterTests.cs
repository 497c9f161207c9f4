using System.Text;
using LivcR.Support.Silo.Network;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class ICalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private static CalendarEvent Event(string summary = "Vorming: omgaan met polarisering", string? description = "Dag 1; lokaal 2, met koffie\nMeebrengen: laptop") => new(
        "training-s1@livcr-support", new DateTimeOffset(2026, 5, 12, 14, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 5, 12, 17, 0, 0, TimeSpan.FromHours(2)),
        summary, description, "VVSG, Bischoffsheimlaan 1-8, Brussel", 0, "radicalisering@vvsg.example", "VVSG", "els@hasselt.example", "Els Janssens");

    private static List<string> Unfolded(string text) => text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").ToList();

    [Fact]
    public void Write_Request_HasTheRequiredPropertiesInUtc()
    {
        var lines = Unfolded(ICalendarWriter.Write(Event(), Stamp));

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("METHOD:REQUEST", lines);
        Assert.Contains("UID:training-s1@livcr-support", lines);
        Assert.Contains("DTSTAMP:20260401T080000Z", lines);
        Assert.Contains("DTSTART:20260512T120000Z", lines);
        Assert.Contains("DTEND:20260512T150000Z", lines);
        Assert.Contains("ORGANIZER;CN=VVSG:mailto:radicalisering@vvsg.example", lines);
        Assert.Contains("STATUS:CONFIRMED", lines);
        Assert.Equal(["END:VEVENT", "END:VCALENDAR", string.Empty], lines[^3..]);
    }

    [Fact]
    public void Write_TextValues_AreEscaped()
    {
        var lines = Unfolded(ICalendarWriter.Write(Event(), Stamp));

        Assert.Contains("DESCRIPTION:Dag 1\\; lokaal 2\\, met koffie\\nMeebrengen: laptop", lines);
        Assert.Contains("LOCATION:VVSG\\, Bischoffsheimlaan 1-8\\, Brussel", lines);
    }

    [Fact]
    public void Write_LongLines_AreFoldedAt75OctetsWithoutSplittingCharacters()
    {
        var summary = string.Concat(Enumerable.Repeat("Coördinatie é ü ", 12));
        var text = ICalendarWriter.Write(Event(summary), Stamp);

        var physical = text.Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(physical, line => line.StartsWith(' '));
        Assert.Contains("SUMMARY:" + summary, Unfolded(text));
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Cancel_UsesTheCancelMethodAndStatus()
    {
        var lines = Unfolded(ICalendarWriter.Write(Event() with { Sequence = 2 }, Stamp, cancel: true));

        Assert.Contains("METHOD:CANCEL", lines);
        Assert.Contains("STATUS:CANCELLED", lines);
        Assert.Contains("SEQUENCE:2", lines);
    }

    [Fact]
    public void Attachment_IsTextCalendarWithTheMethod()
    {
        var attachment = ICalendarWriter.Attachment(Event(), Stamp);

        Assert.Equal("uitnodiging.ics", attachment.FileName);
        Assert.Equal("text/calendar; charset=utf-8; method=REQUEST", attachment.ContentType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", Encoding.UTF8.GetString(attachment.Content), StringComparison.Ordinal);
    }
}
