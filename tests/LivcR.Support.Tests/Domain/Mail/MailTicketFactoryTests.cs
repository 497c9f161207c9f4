using System.Text;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain.Mail;

public sealed class MailTicketFactoryTests
{
    private static readonly ResolvedSender Unknown = new("an@elders.example", SenderKind.Unknown, null, null);

    [Theory]
    [InlineData("Re: [VVSG #2026-00042] Vraag over een leerling", "Re: Vraag over een leerling")]
    [InlineData("[vvsg # 2026-00042]   Vraag\tover\r\n een leerling", "Vraag over een leerling")]
    [InlineData("", MailTicketFactory.NoSubject)]
    [InlineData("   [VVSG #2026-00042]  ", MailTicketFactory.NoSubject)]
    public void Subject_LosesOtherTicketsTagsAndLineBreaks(string subject, string expected) =>
        Assert.Equal(expected, MailTicketFactory.Subject(subject));

    [Fact]
    public void Subject_IsCutAt200Characters()
    {
        var subject = MailTicketFactory.Subject(new string('a', 250));

        Assert.Equal(HelpdeskRequestValidator.MaxSubjectLength, subject.Length);
        Assert.EndsWith("…", subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_DropsControlCharacters_KeepsLinesAndTabs()
    {
        var body = MailTicketFactory.Body("Eerste\r\nregel\u0000\u0007\ttab\u000Bx");

        Assert.Equal("Eerste\nregel\ttabx", body);
        HelpdeskRequestValidator.Body(body, "body");
    }

    [Fact]
    public void Body_Empty_GetsAPlaceholder() => Assert.Equal(MailTicketFactory.NoText, MailTicketFactory.Body(" \r\n "));

    [Fact]
    public void Body_TooLong_IsCutWithinTheLimitWithANote_EvenWithMultiByteCharacters()
    {
        var body = MailTicketFactory.Body(string.Concat(Enumerable.Repeat("één 😀 ", 20_000)));

        Assert.True(Encoding.UTF8.GetByteCount(body) <= HelpdeskRequestValidator.MaxBodyBytes);
        Assert.EndsWith("de volledige mail blijft bewaard in de mailbox]", body, StringComparison.Ordinal);
        Assert.Equal(body, HelpdeskRequestValidator.Body(body, "body"));
    }

    [Fact]
    public void Author_UsesTheDisplayName_ElseTheKnownName_ElseTheLocalPart()
    {
        var person = new ResolvedSender("an@gent.example", SenderKind.Person, new PersonView("an@gent.example", "An De Smet", [new RoleGrant(Role.Staff, null)]), null);

        var named = MailTicketFactory.Author(new InboundAddress("An@Gent.example", "\"An D.\""), person);
        var known = MailTicketFactory.Author(new InboundAddress("an@gent.example", null), person);
        var bare = MailTicketFactory.Author(new InboundAddress("An@Elders.example", null), Unknown);

        Assert.Equal(("an@gent.example", "An D.", true), (named.Email, named.Name, named.IsStaff));
        Assert.Equal("An De Smet", known.Name);
        Assert.Equal(("an@elders.example", "an", false), (bare.Email, bare.Name, bare.IsStaff));
    }

    [Fact]
    public void ReplyText_IsWhatTheSenderWrote_OrEverythingWhenOnlyAQuoteIsLeft()
    {
        var reply = new InboundContent { Text = "Ja.\n\n> vraag", Reply = new QuoteSplit("Ja.", "> vraag") };
        var quoteOnly = new InboundContent { Text = "> vraag", Reply = new QuoteSplit(string.Empty, "> vraag") };

        Assert.Equal("Ja.", MailTicketFactory.ReplyText(reply));
        Assert.Equal("> vraag", MailTicketFactory.ReplyText(quoteOnly));
    }

    [Fact]
    public void NewTicket_WithoutMunicipality_AndAFollowUpSaysWhatItFollows()
    {
        var content = new InboundContent { Subject = "Re: [VVSG #2026-00001] Oud", Text = "Nog iets." };
        var author = MailTicketFactory.Author(new InboundAddress("an@elders.example", "An"), Unknown);

        var unknown = MailTicketFactory.NewTicket(content, author, null, DateTimeOffset.UnixEpoch);
        var followUp = MailTicketFactory.NewTicket(content, author, "44021", DateTimeOffset.UnixEpoch, "2026-00001");

        Assert.Equal(string.Empty, unknown.MunicipalityNisCode);
        Assert.Equal("Re: Oud", unknown.Subject);
        Assert.Equal("Opvolging 2026-00001: Re: Oud", followUp.Subject);
        Assert.Equal("2026-00001", followUp.FollowUpOf);
    }

    [Fact]
    public void AttachmentNotes_NameEachRefusedFileAndWhy()
    {
        var content = new InboundContent
        {
            Attachments =
            [
                new InboundAttachment("ok.pdf", "application/pdf", 10, false, null, false, [1], null, null),
                new InboundAttachment("groot.pdf", "application/pdf", 12 * 1024 * 1024, false, null, false, null, AttachmentProblem.TooLarge, "De bijlage is groter dan 10 MB."),
            ],
        };

        var note = Assert.Single(MailTicketFactory.AttachmentNotes(content));

        Assert.StartsWith("Bijlage groot.pdf (12.0 MB) niet overgenomen: De bijlage is groter dan 10 MB.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void AttachmentId_IsTheSameForTheSameMailAndPosition_AndDiffersOtherwise()
    {
        Assert.Equal(MailTicketFactory.AttachmentId("a@b", 0), MailTicketFactory.AttachmentId("a@b", 0));
        Assert.NotEqual(MailTicketFactory.AttachmentId("a@b", 0), MailTicketFactory.AttachmentId("a@b", 1));
        Assert.NotEqual(MailTicketFactory.AttachmentId("a@b", 0), MailTicketFactory.AttachmentId("a@c", 0));
        Assert.Equal(32, MailTicketFactory.AttachmentId("a@b", 0).Length);
    }
}
