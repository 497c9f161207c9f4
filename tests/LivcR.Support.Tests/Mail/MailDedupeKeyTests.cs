using LivcR.Support.Silo.Mail.Inbound;

namespace LivcR.Support.Tests.Mail;

public sealed class MailDedupeKeyTests
{
    private const string WithoutId = """
        Return-Path: <an.desmet@gent.be>
        Delivered-To: radicalisering@vvsg.example
        Received: from mx.gent.be by mx.vvsg.example; Tue, 03 Mar 2026 10:15:02 +0100
        From: An De Smet <an.desmet@gent.be>
        To: radicalisering@vvsg.example
        Subject: Vraag zonder Message-ID
        Date: Tue, 03 Mar 2026 10:15:00 +0100
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Een vraag uit een oud mailprogramma.
        """;

    [Fact]
    public void For_MessageWithId_IsTheIdWithoutBrackets() =>
        Assert.Equal("abc-123@gent.be", MailDedupeKey.For(MailText.Parse("Message-ID: <abc-123@gent.be>\nSubject: x\n\nbody\n")));

    [Fact]
    public void For_MessageWithoutId_IsAStableSha256()
    {
        var key = MailDedupeKey.For(MailText.Parse(WithoutId));

        Assert.Matches("^sha256:[0-9a-f]{64}$", key);
        Assert.Equal(key, MailDedupeKey.For(MailText.Parse(WithoutId)));
    }

    [Fact]
    public void For_SameMailDeliveredTwice_GetsTheSameKey()
    {
        var secondDelivery = WithoutId
            .Replace("Received: from mx.gent.be by mx.vvsg.example; Tue, 03 Mar 2026 10:15:02 +0100", "Received: from mx2.gent.be by mx.vvsg.example; Tue, 03 Mar 2026 10:17:44 +0100\nX-Spam-Score: 0.1", StringComparison.Ordinal)
            .Replace("Delivered-To: radicalisering@vvsg.example", "Delivered-To: helpdesk@vvsg.example", StringComparison.Ordinal);

        Assert.Equal(MailDedupeKey.For(MailText.Parse(WithoutId)), MailDedupeKey.For(MailText.Parse(secondDelivery)));
    }

    [Fact]
    public void For_SameMailWithBareLineFeeds_GetsTheSameKey()
    {
        var lf = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(WithoutId.ReplaceLineEndings("\n"))));

        Assert.Equal(MailDedupeKey.For(MailText.Parse(WithoutId)), MailDedupeKey.For(lf));
    }

    [Theory]
    [InlineData("Subject: Vraag zonder Message-ID", "Subject: Een andere vraag")]
    [InlineData("Een vraag uit een oud mailprogramma.", "Een andere vraag uit een oud mailprogramma.")]
    [InlineData("From: An De Smet <an.desmet@gent.be>", "From: Piet <piet@gent.be>")]
    [InlineData("Date: Tue, 03 Mar 2026 10:15:00 +0100", "Date: Tue, 03 Mar 2026 10:16:00 +0100")]
    public void For_DifferentMail_GetsADifferentKey(string original, string changed) =>
        Assert.NotEqual(MailDedupeKey.For(MailText.Parse(WithoutId)), MailDedupeKey.For(MailText.Parse(WithoutId.Replace(original, changed, StringComparison.Ordinal))));

    [Fact]
    public void For_AbsurdlyLongMessageId_IsHashed()
    {
        var key = MailDedupeKey.For(MailText.Parse($"Message-ID: <{new string('a', 600)}@gent.be>\nSubject: x\n\nbody\n"));

        Assert.StartsWith("sha256:", key, StringComparison.Ordinal);
    }
}
