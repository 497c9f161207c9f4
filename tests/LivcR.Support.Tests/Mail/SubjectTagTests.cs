using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Threading;

namespace LivcR.Support.Tests.Mail;

public sealed class SubjectTagTests
{
    private static readonly TicketNumber Ticket = new(2026, 42);

    [Fact]
    public void Format_TicketNumber_IsTheBracketedTag() =>
        Assert.Equal("[VVSG #2026-00042]", SubjectTag.Format(Ticket));

    [Fact]
    public void Format_LongSequence_KeepsAllDigits() =>
        Assert.Equal("[VVSG #2027-123456]", SubjectTag.Format(new TicketNumber(2027, 123456)));

    [Theory]
    [InlineData("[VVSG #2026-00042] Vraag over training")]
    [InlineData("Re: [VVSG #2026-00042] Vraag over training")]
    [InlineData("RE: [VVSG #2026-00042] Vraag")]
    [InlineData("Antw: [VVSG #2026-00042] Vraag")]
    [InlineData("Aw: [VVSG #2026-00042] Frage")]
    [InlineData("AW: WG: [VVSG #2026-00042] Frage")]
    [InlineData("Réf : [VVSG #2026-00042] Question")]
    [InlineData("RÉF. : [VVSG #2026-00042] Question")]
    [InlineData("Fwd: [VVSG #2026-00042] Vraag")]
    [InlineData("Fw: [VVSG #2026-00042] Vraag")]
    [InlineData("Doorst: [VVSG #2026-00042] Vraag")]
    [InlineData("TR: RE : [VVSG #2026-00042] Question")]
    [InlineData("re: RE: Re: antw: [VVSG #2026-00042] Vraag")]
    [InlineData("Vraag over training [VVSG #2026-00042]")]
    [InlineData("Vraag [vvsg #2026-00042] over training")]
    [InlineData("Re: [ VVSG#2026-00042 ] Vraag")]
    [InlineData("Re: [VVSG  #  2026-00042] Vraag")]
    public void TryFind_TagAnywhereAfterAnyPrefix_FindsTheTicket(string subject)
    {
        Assert.True(SubjectTag.TryFind(subject, out var number));
        Assert.Equal(Ticket, number);
    }

    [Theory]
    [InlineData("Vraag over 2026-00042")]
    [InlineData("#2026-00042")]
    [InlineData("[VVSG 2026-00042]")]
    [InlineData("[VVSG #2026-0042]")]
    [InlineData("[VVSG #2026-000042]")]
    [InlineData("[VVSG #2026-00000]")]
    [InlineData("[VVSG #1999-00042]")]
    [InlineData("[OTHER #2026-00042]")]
    [InlineData("[VVSG #2026-00042")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFind_NoWellFormedTag_FindsNothing(string? subject) =>
        Assert.False(SubjectTag.TryFind(subject, out _));

    [Fact]
    public void TryFind_SeveralTags_TheFirstWins()
    {
        Assert.True(SubjectTag.TryFind("Re: [VVSG #2026-00007] Fwd: [VVSG #2026-00042] Vraag", out var number));
        Assert.Equal(new TicketNumber(2026, 7), number);
    }

    [Fact]
    public void TryFind_MalformedTagBeforeAValidOne_FindsTheValidOne()
    {
        Assert.True(SubjectTag.TryFind("[VVSG #2026-00000] [VVSG #2026-00042]", out var number));
        Assert.Equal(Ticket, number);
    }

    [Fact]
    public void Apply_UntaggedSubject_PutsTheTagInFront() =>
        Assert.Equal("[VVSG #2026-00042] Vraag over training", SubjectTag.Apply("Vraag over training", Ticket));

    [Fact]
    public void Apply_AlreadyTagged_LeavesItAlone() =>
        Assert.Equal("Re: [VVSG #2026-00042] Vraag", SubjectTag.Apply("Re: [VVSG #2026-00042] Vraag", Ticket));

    [Fact]
    public void Apply_TaggedWithAnotherTicket_AddsThisTicketsTagInFront()
    {
        var subject = SubjectTag.Apply("[VVSG #2026-00007] Vraag", Ticket);

        Assert.Equal("[VVSG #2026-00042] [VVSG #2026-00007] Vraag", subject);
        Assert.True(SubjectTag.TryFind(subject, out var number));
        Assert.Equal(Ticket, number);
    }

    [Fact]
    public void Apply_FoldedOrEmptySubject_GivesOneLine()
    {
        Assert.Equal("[VVSG #2026-00042] Vraag over training", SubjectTag.Apply("Vraag over\r\n\ttraining", Ticket));
        Assert.Equal("[VVSG #2026-00042]", SubjectTag.Apply(null, Ticket));
    }

    [Theory]
    [InlineData("Re: Vraag", "Vraag")]
    [InlineData("RE: RE: Vraag", "Vraag")]
    [InlineData("Antw: Doorst: Vraag", "Vraag")]
    [InlineData("Réf : Question", "Question")]
    [InlineData("Re\u0301f : Question", "Question")]
    [InlineData("Re[2]: Vraag", "Vraag")]
    [InlineData("AW: WG: Frage", "Frage")]
    [InlineData("TR: Question", "Question")]
    [InlineData("FW: Fwd: fw: Vraag", "Vraag")]
    [InlineData("Retour van het materiaal", "Retour van het materiaal")]
    [InlineData("Trein: vertraging", "Trein: vertraging")]
    [InlineData("Vraag: Re: iets", "Vraag: Re: iets")]
    public void StripPrefixes_LeadingReplyAndForwardPrefixes_AreRemoved(string subject, string expected) =>
        Assert.Equal(expected, SubjectTag.StripPrefixes(subject));

    [Theory]
    [InlineData("Antw: [VVSG #2026-00042] Re: Vraag", "Vraag")]
    [InlineData("[VVSG #2026-00042] Vraag over training", "Vraag over training")]
    [InlineData("Re: Vraag [VVSG #2026-00042]", "Vraag")]
    [InlineData("Vraag", "Vraag")]
    public void Clean_TaggedReply_GivesTheSubjectAsWritten(string subject, string expected) =>
        Assert.Equal(expected, SubjectTag.Clean(subject));
}
