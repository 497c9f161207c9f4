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

    private const string WithId = "Message-ID: <abc-123@gent.be>\n" + WithoutId;

    [Fact]
    public void For_MessageWithId_IsTheIdWithoutBracketsAndTheFingerprint()
    {
        var message = MailText.Parse(WithId);

        Assert.Equal($"abc-123@gent.be {MailFingerprint.Of(message)}", MailDedupeKey.For(message));
        Assert.Equal("abc-123@gent.be", MailDedupeKey.LegacyFor(message));
    }

    [Fact]
    public void For_TwoDifferentMailsWithOneMessageId_AreTwoKeys()
    {
        var other = WithId.Replace("Een vraag uit een oud mailprogramma.", "Een heel andere vraag.", StringComparison.Ordinal);

        Assert.NotEqual(MailDedupeKey.For(MailText.Parse(WithId)), MailDedupeKey.For(MailText.Parse(other)));
        Assert.StartsWith("abc-123@gent.be sha256:", MailDedupeKey.For(MailText.Parse(other)), StringComparison.Ordinal);
    }

    [Fact]
    public void For_MessageWithoutId_IsTheFingerprintAlone()
    {
        var message = MailText.Parse(WithoutId);

        Assert.Equal(MailFingerprint.Of(message), MailDedupeKey.For(message));
    }

    [Fact]
    public void LegacyFor_MessageWithoutId_IsTheHashTheVersionBeforeKeyedItOn()
    {
        // The key the version before gave this very mail: rows and ticket state written then carry it.
        var message = MailText.Parse(WithoutId);

        Assert.Equal("sha256:7c02ccc5114c7e09c824383faf7a522a9dfd84492aaed2e6eb1a185f1f074ce6", MailDedupeKey.LegacyFor(message));
        Assert.NotEqual(MailDedupeKey.For(message), MailDedupeKey.LegacyFor(message));
    }

    [Theory]
    [InlineData(WithoutId)]
    [InlineData(WithId)]
    public void For_SameMailDeliveredTwice_GetsTheSameKey(string raw)
    {
        var secondDelivery = raw
            .Replace("Received: from mx.gent.be by mx.vvsg.example; Tue, 03 Mar 2026 10:15:02 +0100", "Received: from mx2.gent.be by mx.vvsg.example; Tue, 03 Mar 2026 10:17:44 +0100\nX-Spam-Score: 0.1", StringComparison.Ordinal)
            .Replace("Delivered-To: radicalisering@vvsg.example", "Delivered-To: helpdesk@vvsg.example", StringComparison.Ordinal);

        Assert.Equal(MailDedupeKey.For(MailText.Parse(raw)), MailDedupeKey.For(MailText.Parse(secondDelivery)));
    }

    [Fact]
    public void For_SameMailWithBareLineFeeds_GetsTheSameKey()
    {
        var lf = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(WithId.ReplaceLineEndings("\n"))));

        Assert.Equal(MailDedupeKey.For(MailText.Parse(WithId)), MailDedupeKey.For(lf));
    }

    [Theory]
    [InlineData("Subject: Vraag zonder Message-ID", "Subject: Een andere vraag")]
    [InlineData("Een vraag uit een oud mailprogramma.", "Een andere vraag uit een oud mailprogramma.")]
    [InlineData("From: An De Smet <an.desmet@gent.be>", "From: Piet <piet@gent.be>")]
    [InlineData("Date: Tue, 03 Mar 2026 10:15:00 +0100", "Date: Tue, 03 Mar 2026 10:16:00 +0100")]
    public void For_DifferentMail_GetsADifferentKey(string original, string changed) =>
        Assert.NotEqual(MailDedupeKey.For(MailText.Parse(WithoutId)), MailDedupeKey.For(MailText.Parse(WithoutId.Replace(original, changed, StringComparison.Ordinal))));

    [Fact]
    public void For_AbsurdlyLongMessageId_IsTheFingerprintAlone_SoTheKeyStaysShort()
    {
        var message = MailText.Parse($"Message-ID: <{new string('a', 600)}@gent.be>\nSubject: x\n\nbody\n");

        Assert.Equal(MailFingerprint.Of(message), MailDedupeKey.For(message));
        Assert.StartsWith(MailFingerprint.Prefix, MailDedupeKey.LegacyFor(message), StringComparison.Ordinal);
    }

    [Fact]
    public void For_LongestMessageIdThatCounts_StaysWithinTheColumn()
    {
        var message = MailText.Parse($"Message-ID: <{new string('a', MailDedupeKey.MaximumMessageIdLength - 8)}@gent.be>\nSubject: x\n\nbody\n");

        Assert.InRange(MailDedupeKey.For(message).Length, MailFingerprint.Length + 2, 600);
        Assert.StartsWith("aaa", MailDedupeKey.For(message), StringComparison.Ordinal);
    }
}
