using LivcR.Support.Silo.Mail.Inbound;

namespace LivcR.Support.Tests.Mail;

public sealed class MailFingerprintTests
{
    private const string Mail = """
        Return-Path: <an.desmet@gent.be>
        Delivered-To: radicalisering@vvsg.example
        Received: from mx.gent.be by mx.vvsg.example; Tue, 03 Mar 2026 10:15:02 +0100
        X-Original-To: radicalisering@vvsg.example
        From: An De Smet <an.desmet@gent.be>
        To: radicalisering@vvsg.example
        Cc: Piet Peeters <piet@gent.be>
        Subject: Vraag over een leerling
        Date: Tue, 03 Mar 2026 10:15:00 +0100
        Message-ID: <vraag-1@gent.be>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="grens"

        --grens
        Content-Type: text/plain; charset=utf-8

        Een leerling deelt filmpjes. Wat kunnen we doen?
        --grens
        Content-Type: application/pdf; name="verslag.pdf"
        Content-Disposition: attachment; filename="verslag.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQKJSVFT0YK
        --grens--
        """;

    private static string Of(string raw) => MailFingerprint.Of(MailText.Parse(raw));

    private static string Changed(string original, string replacement) => Mail.Replace(original, replacement, StringComparison.Ordinal);

    [Fact]
    public void Of_AnyMail_IsSha256InLowerCaseHex()
    {
        var fingerprint = Of(Mail);

        Assert.Matches("^sha256:[0-9a-f]{64}$", fingerprint);
        Assert.Equal(MailFingerprint.Length, fingerprint.Length);
    }

    [Fact]
    public void Of_SameMailDeliveredAgainThroughOtherServers_IsTheSame()
    {
        var again = Changed("Received: from mx.gent.be by mx.vvsg.example; Tue, 03 Mar 2026 10:15:02 +0100",
                "Received: from mx2.gent.be by relay.vvsg.example; Tue, 03 Mar 2026 10:19:44 +0100\nReceived: from relay.vvsg.example by mx.vvsg.example; Tue, 03 Mar 2026 10:19:45 +0100\n" +
                "X-Spam-Status: No, score=0.4\nDKIM-Signature: v=1; a=rsa-sha256; d=gent.be; b=abc\nARC-Seal: i=1; cv=none; b=def")
            .Replace("Return-Path: <an.desmet@gent.be>", "Return-Path: <bounces+an.desmet@gent.be>", StringComparison.Ordinal)
            .Replace("Delivered-To: radicalisering@vvsg.example", "Delivered-To: helpdesk@vvsg.example", StringComparison.Ordinal)
            .Replace("X-Original-To: radicalisering@vvsg.example", "X-Original-To: info@vvsg.example", StringComparison.Ordinal);

        Assert.Equal(Of(Mail), Of(again));
    }

    [Fact]
    public void Of_SameMailWithBareLineFeeds_ClosingLineEnds_FoldedHeadersOrHeadersInAnotherOrder_IsTheSame()
    {
        var lineFeeds = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Mail.ReplaceLineEndings("\n"))));
        var folded = Changed("Cc: Piet Peeters <piet@gent.be>", "Cc: Piet Peeters\n  <piet@gent.be>");
        var reordered = Changed("From: An De Smet <an.desmet@gent.be>\nTo: radicalisering@vvsg.example\n", "To: radicalisering@vvsg.example\nFROM: An De Smet <an.desmet@gent.be>\n");

        var closingLineEnds = Changed("Wat kunnen we doen?\n--grens", "Wat kunnen we doen?\n\n\n--grens");

        Assert.Equal(Of(Mail), MailFingerprint.Of(lineFeeds));
        Assert.Equal(Of(Mail), Of(closingLineEnds));
        Assert.Equal(Of(Mail), Of(folded));
        Assert.Equal(Of(Mail), Of(reordered));
    }

    [Fact]
    public void Of_SameMailWithItsPartsEncodedOtherwiseOnTheWay_IsTheSame()
    {
        var quotedPrintable = Changed(
            "Content-Type: text/plain; charset=utf-8\n\nEen leerling deelt filmpjes. Wat kunnen we doen?",
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nEen leerling deelt filmpjes. Wat kunnen we=\n doen?");
        var base64 = Changed(
            "Content-Type: text/plain; charset=utf-8\n\nEen leerling deelt filmpjes. Wat kunnen we doen?",
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + Convert.ToBase64String("Een leerling deelt filmpjes. Wat kunnen we doen?"u8.ToArray()));


        Assert.Equal(Of(Mail), Of(quotedPrintable));
        Assert.Equal(Of(Mail), Of(base64));
    }

    [Fact]
    public void Of_SameMailWithAnotherMessageId_IsTheSame_ForTheKeyPairsBoth() =>
        Assert.Equal(Of(Mail), Of(Changed("Message-ID: <vraag-1@gent.be>", "Message-ID: <vraag-2@gent.be>")));

    [Theory]
    [InlineData("From: An De Smet <an.desmet@gent.be>", "From: An De Smet <an.desmet@hasselt.be>")]
    [InlineData("To: radicalisering@vvsg.example", "To: info@vvsg.example")]
    [InlineData("Cc: Piet Peeters <piet@gent.be>", "Cc: Jo Janssens <jo@gent.be>")]
    [InlineData("Subject: Vraag over een leerling", "Subject: Vraag over een ouder")]
    [InlineData("Date: Tue, 03 Mar 2026 10:15:00 +0100", "Date: Tue, 03 Mar 2026 10:15:01 +0100")]
    [InlineData("Message-ID: <vraag-1@gent.be>", "Message-ID: <vraag-1@gent.be>\nIn-Reply-To: <ander@gent.be>")]
    [InlineData("Een leerling deelt filmpjes.", "Een leerling deelt foto's.")]
    [InlineData("JVBERi0xLjQKJSVFT0YK", "JVBERi0xLjUKJSVFT0YK")]
    [InlineData("filename=\"verslag.pdf\"", "filename=\"verslag-2.pdf\"")]
    public void Of_MailThatDiffersInWhatIdentifiesIt_IsAnother(string original, string replacement) =>
        Assert.NotEqual(Of(Mail), Of(Changed(original, replacement)));
}
