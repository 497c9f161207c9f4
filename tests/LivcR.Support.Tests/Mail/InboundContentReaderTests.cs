using System.Text;
using LivcR.Support.Silo.Attachments;
using LivcR.Support.Silo.Mail.Inbound;
using MimeKit;
using MimeKit.Tnef;

namespace LivcR.Support.Tests.Mail;

public sealed class InboundContentReaderTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. Enumerable.Repeat((byte)'x', 200)];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Repeat((byte)1, 64)];

    static InboundContentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Headers(string contentType, string transferEncoding = "8bit", string subject = "Vraag") => $"""
        From: An De Smet <an.desmet@gent.be>
        To: radicalisering@vvsg.example
        Subject: {subject}
        Date: Tue, 03 Mar 2026 10:15:00 +0100
        Message-ID: <content-test@gent.be>
        MIME-Version: 1.0
        Content-Type: {contentType}
        Content-Transfer-Encoding: {transferEncoding}

        """ + "\n";

    // Writes a built message out and parses it again, as it would arrive over IMAP.
    private static MimeMessage OverTheWire(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        return MimeMessage.Load(stream);
    }

    private static MimeMessage Build(Action<BodyBuilder> body, string subject = "Vraag")
    {
        var message = new MimeMessage { Subject = subject, MessageId = "built@gent.be" };
        message.From.Add(new MailboxAddress("An De Smet", "an.desmet@gent.be"));
        message.To.Add(new MailboxAddress("Helpdesk", "radicalisering@vvsg.example"));
        var builder = new BodyBuilder();
        body(builder);
        message.Body = builder.ToMessageBody();
        return OverTheWire(message);
    }

    [Fact]
    public void Read_Utf8QuotedPrintable_IsDecoded()
    {
        var content = InboundContentReader.Read(MailText.Parse(Headers("text/plain; charset=utf-8", "quoted-printable") + "Een leerling uit Antwerpen =E2=80=93 18 jaar =E2=80=93 zegt: =E2=82=AC50 voor de reis naar Syri=C3=AB.\n"));

        Assert.Equal("Een leerling uit Antwerpen – 18 jaar – zegt: €50 voor de reis naar Syrië.", content.Text);
        Assert.Equal(BodySource.Plain, content.TextSource);
    }

    [Fact]
    public void Read_Utf8Base64_IsDecoded()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("Café, crème brûlée en één vraag."), Base64FormattingOptions.InsertLineBreaks);

        Assert.Equal("Café, crème brûlée en één vraag.", InboundContentReader.Read(MailText.Parse(Headers("text/plain; charset=\"UTF-8\"", "base64") + body + "\n")).Text);
    }

    [Fact]
    public void Read_Iso88591EightBit_IsDecoded()
    {
        var message = MailText.Parse(Headers("text/plain; charset=iso-8859-1") + "Geachte, de leerling is ongerust over zijn broer in België. Groeten, Jérôme\n", Encoding.Latin1);

        Assert.Equal("Geachte, de leerling is ongerust over zijn broer in België. Groeten, Jérôme", InboundContentReader.Read(message).Text);
    }

    [Fact]
    public void Read_Iso88591LabelButWindows1252Bytes_KeepsEuroAndQuotes()
    {
        var message = MailText.Parse(Headers("text/plain; charset=iso-8859-1") + "Kost \u20ac 20 \u2013 \u201cgratis\u201d voor scholen\n", Encoding.GetEncoding(1252));

        Assert.Equal("Kost € 20 – “gratis” voor scholen", InboundContentReader.Read(message).Text);
    }

    [Fact]
    public void Read_Iso885915_HasTheEuroSign()
    {
        var message = MailText.Parse(Headers("text/plain; charset=ISO-8859-15", "quoted-printable") + "Prijs: =A4 15 per deelnemer, =E9=E9n dag.\n");

        Assert.Equal("Prijs: € 15 per deelnemer, één dag.", InboundContentReader.Read(message).Text);
    }

    [Fact]
    public void Read_Windows1252QuotedPrintable_IsDecoded()
    {
        var message = MailText.Parse(Headers("text/plain; charset=windows-1252", "quoted-printable") + "=93Hij wil vertrekken=94 =96 zegt de leerkracht. =80 0.\n");

        Assert.Equal("“Hij wil vertrekken” – zegt de leerkracht. € 0.", InboundContentReader.Read(message).Text);
    }

    [Fact]
    public void Read_NoCharsetAndLatin1Bytes_FallsBackToWindows1252()
    {
        var message = MailText.Parse(Headers("text/plain") + "Tweede vraag over Liège.\n", Encoding.Latin1);

        Assert.Equal("Tweede vraag over Liège.", InboundContentReader.Read(message).Text);
    }

    [Fact]
    public void Read_Rfc2047Subjects_AreDecoded()
    {
        Assert.Equal("Vraag over één leerling uit Liège",
            InboundContentReader.Read(MailText.Parse(Headers("text/plain", subject: "=?ISO-8859-1?Q?Vraag_over_=E9=E9n_leerling?= =?UTF-8?B?IHVpdCBMacOoZ2U=?=") + "x\n")).Subject);
        Assert.Equal("Réf : [VVSG #2026-00042] Très urgent €",
            InboundContentReader.Read(MailText.Parse(Headers("text/plain", subject: "=?windows-1252?Q?R=E9f_:_[VVSG_#2026-00042]_Tr=E8s_urgent_=80?=") + "x\n")).Subject);
    }

    [Fact]
    public void Read_Rfc2231AndRfc2047FileNames_AreDecoded()
    {
        var raw = Headers("multipart/mixed; boundary=\"b\"") + $"""
            --b
            Content-Type: text/plain; charset=utf-8

            Zie bijlagen.
            --b
            Content-Type: application/pdf
            Content-Disposition: attachment; filename*=UTF-8''verslag%20b%C3%A9%C3%A9ld%20%E2%82%AC.pdf
            Content-Transfer-Encoding: base64

            {Convert.ToBase64String(Pdf)}
            --b
            Content-Type: application/pdf; name="=?ISO-8859-1?Q?r=E9sum=E9.pdf?="
            Content-Disposition: attachment; filename="=?ISO-8859-1?Q?r=E9sum=E9.pdf?="
            Content-Transfer-Encoding: base64

            {Convert.ToBase64String(Pdf)}
            --b--
            """;

        var content = InboundContentReader.Read(MailText.Parse(raw));

        Assert.Equal(["verslag bééld €.pdf", "résumé.pdf"], content.Attachments.Select(a => a.FileName));
        Assert.All(content.Attachments, a => Assert.True(a.IsAccepted));
        Assert.All(content.Attachments, a => Assert.Equal(Pdf, a.Content));
        Assert.All(content.Attachments, a => Assert.Equal("application/pdf", a.ContentType));
    }

    [Fact]
    public void Read_PlainAndHtmlAlternatives_PrefersPlainAndKeepsSafeHtml()
    {
        var content = InboundContentReader.Read(Build(b =>
        {
            b.TextBody = "Platte tekst.";
            b.HtmlBody = "<p>HTML-tekst<script>alert(1)</script></p>";
        }));

        Assert.Equal("Platte tekst.", content.Text);
        Assert.Equal(BodySource.Plain, content.TextSource);
        Assert.Equal("<p>HTML-tekst</p>", content.SafeHtml);
        Assert.Empty(content.Attachments);
    }

    [Fact]
    public void Read_HtmlOnly_ConvertsToTextAndStripsTheQuote()
    {
        var content = InboundContentReader.Read(Build(b => b.HtmlBody =
            "<html><body><div>Ja, de school weet het.</div><br><div class=\"gmail_quote\">Op di 3 mrt 2026 om 10:15 schreef Helpdesk &lt;radicalisering@vvsg.example&gt;:<blockquote><p>Weet de school het?</p></blockquote></div></body></html>"));

        Assert.Equal(BodySource.Html, content.TextSource);
        Assert.StartsWith("Ja, de school weet het.", content.Text, StringComparison.Ordinal);
        Assert.Contains("> Weet de school het?", content.Text, StringComparison.Ordinal);
        Assert.Equal("Ja, de school weet het.", content.Reply.Reply);
        Assert.NotNull(content.SafeHtml);
    }

    [Fact]
    public void Read_ReplyWithOutlookHistory_KeepsTheFullOriginalAndTheSplit()
    {
        var content = InboundContentReader.Read(Build(b => b.TextBody =
            "Dank u.\r\n\r\nVan: Helpdesk VVSG <radicalisering@vvsg.example>\r\nVerzonden: dinsdag 3 maart 2026 10:15\r\nAan: An\r\nOnderwerp: Uw vraag\r\n\r\nGoedemiddag,\r\n"));

        Assert.Equal("Dank u.", content.Reply.Reply);
        Assert.StartsWith("Van: Helpdesk VVSG", content.Reply.History, StringComparison.Ordinal);
        Assert.Contains("Goedemiddag,", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InlineImageInRelatedHtml_IsListedAsInlineWithItsContentId()
    {
        var content = InboundContentReader.Read(Build(b =>
        {
            var image = b.LinkedResources.Add("image001.png", Png, ContentType.Parse("image/png"));
            image.ContentId = "image001.png@01DA0000";
            b.HtmlBody = "<p>Zie foto</p><img src=\"cid:image001.png@01DA0000\">";
        }));

        var image = Assert.Single(content.Attachments);
        Assert.True(image.IsInline);
        Assert.Equal("image001.png@01DA0000", image.ContentId);
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal(Png, image.Content);
        Assert.Contains("cid:image001.png@01DA0000", content.SafeHtml, StringComparison.Ordinal);
        Assert.Equal("Zie foto", content.Text);
    }

    [Fact]
    public void Read_AttachmentOverTheFileLimit_IsReportedWithItsSizeAndWithoutContent()
    {
        var large = new byte[AttachmentRules.MaxFileBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(large);
        var content = InboundContentReader.Read(Build(b =>
        {
            b.TextBody = "Groot bestand.";
            b.Attachments.Add("groot.pdf", large, ContentType.Parse("application/pdf"));
            b.Attachments.Add("klein.pdf", Pdf, ContentType.Parse("application/pdf"));
        }));

        Assert.Equal(2, content.Attachments.Count);
        var tooLarge = content.Attachments[0];
        Assert.Equal("groot.pdf", tooLarge.FileName);
        Assert.Equal(AttachmentProblem.TooLarge, tooLarge.Problem);
        Assert.Equal(AttachmentRules.MaxFileBytes + 1, tooLarge.Size);
        Assert.Null(tooLarge.Content);
        Assert.Contains("10 MB", tooLarge.ProblemMessage, StringComparison.Ordinal);
        Assert.True(content.Attachments[1].IsAccepted);
    }

    [Fact]
    public void Read_AttachmentsOverTheTotal_TheRestIsReported()
    {
        var content = InboundContentReader.Read(Build(b =>
        {
            b.TextBody = "Drie bestanden.";
            b.Attachments.Add("a.pdf", Pdf, ContentType.Parse("application/pdf"));
            b.Attachments.Add("b.pdf", Pdf, ContentType.Parse("application/pdf"));
            b.Attachments.Add("c.png", Png, ContentType.Parse("image/png"));
        }), maxFileBytes: 1000, maxTotalBytes: 2 * Pdf.Length);

        Assert.Equal([null, null, AttachmentProblem.TotalTooLarge], content.Attachments.Select(a => a.Problem));
        Assert.Null(content.Attachments[2].Content);
    }

    [Fact]
    public void Read_FileKindNotAccepted_IsReportedNotDropped()
    {
        var content = InboundContentReader.Read(Build(b =>
        {
            b.TextBody = "Programma.";
            b.Attachments.Add("setup.exe", [0x4D, 0x5A, 0x90, 0x00], ContentType.Parse("application/octet-stream"));
        }));

        var exe = Assert.Single(content.Attachments);
        Assert.Equal("setup.exe", exe.FileName);
        Assert.Equal(AttachmentProblem.NotAllowed, exe.Problem);
        Assert.Equal(4, exe.Size);
        Assert.Null(exe.Content);
        Assert.False(string.IsNullOrEmpty(exe.ProblemMessage));
    }

    [Fact]
    public void Read_AttachmentWithoutName_GetsOneFromItsType()
    {
        var raw = Headers("multipart/mixed; boundary=\"b\"") + $"""
            --b
            Content-Type: text/plain

            Zonder naam.
            --b
            Content-Type: application/pdf
            Content-Disposition: attachment
            Content-Transfer-Encoding: base64

            {Convert.ToBase64String(Pdf)}
            --b--
            """;

        Assert.Equal("bijlage-1.pdf", Assert.Single(InboundContentReader.Read(MailText.Parse(raw)).Attachments).FileName);
    }

    [Fact]
    public void Read_AttachedMail_IsReportedAsAnAttachment()
    {
        var inner = new MimeMessage { Subject = "Doorgestuurd" };
        inner.From.Add(MailboxAddress.Parse("school@gent.be"));
        inner.Body = new TextPart("plain") { Text = "Bericht van de school." };
        var content = InboundContentReader.Read(Build(b =>
        {
            b.TextBody = "Zie het bericht van de school.";
            b.Attachments.Add(new MessagePart { Message = inner });
        }));

        var attached = Assert.Single(content.Attachments);
        Assert.Equal("Doorgestuurd.eml", attached.FileName);
        Assert.Equal("message/rfc822", attached.ContentType);
        Assert.Equal(AttachmentProblem.NotAllowed, attached.Problem);
        Assert.Equal("Zie het bericht van de school.", content.Text);
    }

    [Fact]
    public void Read_WinmailDat_IsUnpacked()
    {
        var tnef = new TnefPart { Content = new MimeContent(new MemoryStream(TnefFixture.Build(null, ("verslag.pdf", Pdf), ("foto.png", Png)))) };
        var content = InboundContentReader.Read(Build(b =>
        {
            b.TextBody = "Zie bijlagen (Outlook).";
            b.Attachments.Add(tnef);
        }));

        Assert.Equal(["verslag.pdf", "foto.png"], content.Attachments.Select(a => a.FileName));
        Assert.All(content.Attachments, a => Assert.True(a.FromWinmailDat));
        Assert.All(content.Attachments, a => Assert.True(a.IsAccepted));
        Assert.Equal(Pdf, content.Attachments[0].Content);
        Assert.Equal("image/png", content.Attachments[1].ContentType);
        Assert.DoesNotContain(content.Attachments, a => a.FileName == "winmail.dat");
        Assert.Equal("Zie bijlagen (Outlook).", content.Text);
    }

    [Fact]
    public void Read_WinmailDatAsTheOnlyBody_GivesItsText()
    {
        var raw = Headers("multipart/mixed; boundary=\"b\"") + $"""
            --b
            Content-Type: application/ms-tnef; name="winmail.dat"
            Content-Disposition: attachment; filename="winmail.dat"
            Content-Transfer-Encoding: base64

            {Convert.ToBase64String(TnefFixture.Build("De tekst zit in winmail.dat, één vraag.", ("verslag.pdf", Pdf)), Base64FormattingOptions.InsertLineBreaks)}
            --b--
            """;

        var content = InboundContentReader.Read(MailText.Parse(raw));

        Assert.Equal(BodySource.WinmailDat, content.TextSource);
        Assert.Equal("De tekst zit in winmail.dat, één vraag.", content.Text);
        Assert.Equal("verslag.pdf", Assert.Single(content.Attachments).FileName);
    }

    [Fact]
    public void Read_BrokenWinmailDat_IsReportedUnreadable()
    {
        var tnef = new TnefPart { Content = new MimeContent(new MemoryStream("not tnef at all"u8.ToArray())) };
        var content = InboundContentReader.Read(Build(b =>
        {
            b.TextBody = "Kapot.";
            b.Attachments.Add(tnef);
        }));

        var broken = Assert.Single(content.Attachments);
        Assert.Equal("winmail.dat", broken.FileName);
        Assert.Equal(AttachmentProblem.Unreadable, broken.Problem);
    }

    [Fact]
    public void Read_Addresses_CcAndReplyToAreKeptApartFromTheSender()
    {
        var raw = """
            From: =?UTF-8?Q?Ren=C3=A9_Dupr=C3=A9?= <Rene.Dupre@Gent.be>
            Reply-To: secretariaat@gent.be
            To: radicalisering@vvsg.example, Collega <collega@vvsg.example>
            Cc: Directeur <directeur@school.example>, "Piet, Jan" <piet@gent.be>
            Subject: Vraag
            Date: Tue, 03 Mar 2026 10:15:00 +0100
            Message-ID: <addresses@gent.be>

            Vraag.
            """;

        var content = InboundContentReader.Read(MailText.Parse(raw));

        Assert.Equal(new InboundAddress("Rene.Dupre@Gent.be", "René Dupré"), content.From);
        Assert.Equal([new InboundAddress("secretariaat@gent.be", null)], content.ReplyTo);
        Assert.Equal(["radicalisering@vvsg.example", "collega@vvsg.example"], content.To.Select(a => a.Address));
        Assert.Equal([new InboundAddress("directeur@school.example", "Directeur"), new InboundAddress("piet@gent.be", "Piet, Jan")], content.Cc);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 15, 0, TimeSpan.FromHours(1)), content.Date);
        Assert.Equal("addresses@gent.be", content.MessageId);
    }

    [Fact]
    public void Read_FlowedText_IsUnwrapped()
    {
        var message = MailText.Parse(Headers("text/plain; charset=utf-8; format=flowed") + "Dit is een lange zin die \nover twee regels loopt.\n");

        Assert.Equal("Dit is een lange zin die over twee regels loopt.", InboundContentReader.Read(message).Text);
    }

    [Fact]
    public void Read_NoBodyAtAll_IsEmpty()
    {
        var content = InboundContentReader.Read(MailText.Parse("From: a@gent.be\nSubject: leeg\n\n"));

        Assert.Equal(string.Empty, content.Text);
        Assert.Equal(BodySource.None, content.TextSource);
        Assert.Null(content.SafeHtml);
        Assert.Null(content.Date);
    }

    [Fact]
    public void Read_UnencodedLatin1Subject_IsDecoded()
    {
        var message = MailText.Parse("From: a@gent.be\nSubject: Vraag over Liège en één leerling\nContent-Type: text/plain; charset=iso-8859-1\n\nx\n", Encoding.Latin1);

        Assert.Equal("Vraag over Liège en één leerling", InboundContentReader.Read(message).Subject);
    }
}
