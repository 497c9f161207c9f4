using System.Text;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Threading;

namespace LivcR.Support.Tests.Mail;

public sealed class MailClassifierTests
{
    private static readonly TicketNumber Ticket = new(2026, 42);
    private static readonly MessageIdSigner Signer = new(Encoding.UTF8.GetBytes("classifier test secret, long enough for HMAC-SHA256"), "vvsg.example");
    private static readonly MessageIdSigner Stranger = new(Encoding.UTF8.GetBytes("someone else's secret, also long enough for HMAC"), "vvsg.example");

    private readonly MailClassifier _classifier = new(Signer);

    private static string Mail(string subject, string extraHeaders = "", string from = "An De Smet <an.desmet@gent.be>", string body = "Goedemiddag,\n\nIk heb een vraag.\n") => $"""
        From: {from}
        To: radicalisering@vvsg.example
        Subject: {subject}
        Date: Tue, 03 Mar 2026 10:15:00 +0100
        Message-ID: <{Guid.NewGuid():N}@gent.be>
        {extraHeaders}MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        {body}
        """;

    private MailClassification Classify(string raw) => _classifier.Classify(MailText.Parse(raw));

    [Fact]
    public void Classify_PlainMailWithoutReference_IsANewQuestion()
    {
        var result = Classify(Mail("Vraag over een leerling"));

        Assert.Equal(InboundMailKind.NewQuestion, result.Kind);
        Assert.Null(result.Ticket);
        Assert.Null(result.AutomaticReason);
        Assert.Null(result.Bounce);
    }

    [Fact]
    public void Classify_SubjectTag_IsAReplyCandidateByTag()
    {
        var result = Classify(Mail("Antw: [VVSG #2026-00042] Vraag over een leerling"));

        Assert.Equal(InboundMailKind.ReplyCandidate, result.Kind);
        Assert.Equal(new TicketReference(Ticket, BySubjectTag: true, BySignedReference: false), result.Ticket);
    }

    [Fact]
    public void Classify_SignedInReplyToWithoutTag_IsAReplyCandidateByReference()
    {
        var sent = Signer.Create(Ticket);

        var result = Classify(Mail("Re: Vraag over een leerling", $"In-Reply-To: <{sent}>\nReferences: <{sent}>\n"));

        Assert.Equal(InboundMailKind.ReplyCandidate, result.Kind);
        Assert.Equal(new TicketReference(Ticket, BySubjectTag: false, BySignedReference: true), result.Ticket);
    }

    [Fact]
    public void Classify_SignedReferencesOnly_IsAReplyCandidateByReference()
    {
        var sent = Signer.Create(Ticket);

        var result = Classify(Mail("Vraag", $"References: <first@gent.be> <{sent}>\n"));

        Assert.Equal(InboundMailKind.ReplyCandidate, result.Kind);
        Assert.Equal(Ticket, result.Ticket!.Ticket);
        Assert.True(result.Ticket.BySignedReference);
    }

    [Fact]
    public void Classify_TagAndReferenceAgree_BothWaysAreReported()
    {
        var sent = Signer.Create(Ticket);

        var result = Classify(Mail("Re: [VVSG #2026-00042] Vraag", $"In-Reply-To: <{sent}>\n"));

        Assert.Equal(new TicketReference(Ticket, BySubjectTag: true, BySignedReference: true), result.Ticket);
    }

    [Fact]
    public void Classify_TagAndReferenceDisagree_TheSignedReferenceWins()
    {
        var sent = Signer.Create(Ticket);

        var result = Classify(Mail("Re: [VVSG #2026-00007] Vraag", $"In-Reply-To: <{sent}>\n"));

        Assert.Equal(new TicketReference(Ticket, BySubjectTag: false, BySignedReference: true), result.Ticket);
    }

    [Fact]
    public void Classify_ForgedReferenceWithoutTag_IsANewQuestion()
    {
        var forged = Signer.Create(new TicketNumber(2026, 41)).Replace(".2026-00041.", ".2026-00042.", StringComparison.Ordinal);

        var result = Classify(Mail("Re: Vraag", $"In-Reply-To: <{forged}>\nReferences: <{forged}>\n"));

        Assert.Equal(InboundMailKind.NewQuestion, result.Kind);
        Assert.Null(result.Ticket);
    }

    [Fact]
    public void Classify_ReferenceSignedByAnotherInstallation_IsANewQuestion()
    {
        var result = Classify(Mail("Re: Vraag", $"In-Reply-To: <{Stranger.Create(Ticket)}>\n"));

        Assert.Equal(InboundMailKind.NewQuestion, result.Kind);
    }

    [Fact]
    public void Classify_References_AreListedInReplyToFirstThenNewestFirst()
    {
        var result = Classify(Mail("Re: Vraag", "In-Reply-To: <c@gent.be>\nReferences: <a@gent.be> <b@gent.be> <c@gent.be>\n"));

        Assert.Equal(["c@gent.be", "b@gent.be", "a@gent.be"], result.References);
    }

    [Theory]
    [InlineData("Auto-Submitted: auto-replied\n", "Auto-Submitted: auto-replied")]
    [InlineData("Auto-Submitted: auto-generated\n", "Auto-Submitted: auto-generated")]
    [InlineData("Auto-Submitted: Auto-Replied; owner-email=\"an.desmet@gent.be\"\n", "Auto-Submitted: auto-replied")]
    [InlineData("Auto-Submitted: auto-notified\n", "Auto-Submitted: auto-notified")]
    public void Classify_AutoSubmittedOtherThanNo_IsAutomatic(string header, string detail)
    {
        var result = Classify(Mail("Vraag", header));

        Assert.Equal(InboundMailKind.Automatic, result.Kind);
        Assert.Equal(AutomaticMailReason.AutoSubmitted, result.AutomaticReason);
        Assert.Equal(detail, result.AutomaticDetail);
    }

    [Theory]
    [InlineData("Auto-Submitted: no\n")]
    [InlineData("Auto-Submitted: NO\n")]
    [InlineData("Precedence: first-class\n")]
    [InlineData("X-Autoreply: no\n")]
    [InlineData("X-Mailer: Microsoft Outlook 16.0\n")]
    public void Classify_HeadersThatDoNotMeanAutomatic_StayAQuestion(string header) =>
        Assert.Equal(InboundMailKind.NewQuestion, Classify(Mail("Vraag", header)).Kind);

    [Theory]
    [InlineData("bulk")]
    [InlineData("junk")]
    [InlineData("list")]
    [InlineData("Bulk")]
    [InlineData(" LIST ")]
    public void Classify_PrecedenceBulkJunkList_IsAQuestionWithoutAcknowledgement(string value)
    {
        var result = Classify(Mail("Nieuwsbrief", $"Precedence: {value}\n"));

        Assert.Equal(InboundMailKind.NewQuestion, result.Kind);
        Assert.StartsWith("de mail is massaal verstuurd (Precedence: ", result.NoAcknowledgement, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_PrecedenceAutoReply_IsAutomatic() =>
        Assert.Equal(AutomaticMailReason.Precedence, Classify(Mail("Vraag", "Precedence: auto_reply\n")).AutomaticReason);

    [Theory]
    [InlineData("X-Autoreply: yes\n", AutomaticMailReason.AutoReplyHeader)]
    [InlineData("X-Autorespond: Vacation\n", AutomaticMailReason.AutoReplyHeader)]
    [InlineData("X-Auto-Response-Suppress: All\n", AutomaticMailReason.AutoResponseSuppress)]
    public void Classify_AutoReplyHeaders_AreAutomatic(string header, AutomaticMailReason reason)
    {
        var result = Classify(Mail("Vraag", header));

        Assert.Equal(InboundMailKind.Automatic, result.Kind);
        Assert.Equal(reason, result.AutomaticReason);
    }

    [Theory]
    [InlineData("Afwezig: Re: Vraag")]
    [InlineData("Afwezig")]
    [InlineData("Afwezig tot 15 maart")]
    [InlineData("Afwezigheidsmelding")]
    [InlineData("Automatisch antwoord: Vraag over een leerling")]
    [InlineData("Automatisch antwoord: RE: [VVSG #2026-00007] Vraag")]
    [InlineData("Réponse automatique : Question")]
    [InlineData("Reponse automatique: Question")]
    [InlineData("Absent(e) du bureau")]
    [InlineData("Absente du bureau jusqu'au 12 mars")]
    [InlineData("Absent jusqu'au 12 mars")]
    [InlineData("Message d'absence")]
    [InlineData("Out of Office: Question")]
    [InlineData("OUT OF OFFICE")]
    [InlineData("Automatic reply: Question")]
    [InlineData("Autoreply: Question")]
    [InlineData("Auto-Reply: Question")]
    [InlineData("Re: Out of office until Monday")]
    [InlineData("Abwesenheitsnotiz: Frage")]
    [InlineData("Automatische Antwort: Frage")]
    public void Classify_OutOfOfficeSubject_IsAutomatic(string subject)
    {
        var result = Classify(Mail(subject));

        Assert.Equal(InboundMailKind.Automatic, result.Kind);
        Assert.Equal(AutomaticMailReason.OutOfOfficeSubject, result.AutomaticReason);
    }

    [Theory]
    [InlineData("Afwezigheid van leerlingen en radicalisering")]
    [InlineData("Afwezig op school: wat doen we?")]
    [InlineData("Absentéisme scolaire")]
    [InlineData("Absence of support from the school")]
    [InlineData("Out of office hours: who do we call?")]
    [InlineData("Vraag over een automatisch antwoord dat we kregen")]
    [InlineData("Leerling is afwezig: Re: onze vorige vraag")]
    public void Classify_QuestionsAboutAbsence_AreNotOutOfOffice(string subject) =>
        Assert.Equal(InboundMailKind.NewQuestion, Classify(Mail(subject)).Kind);

    [Fact]
    public void Classify_OutOfOfficeOnATicket_IsAutomaticButKeepsTheTicket()
    {
        var result = Classify(Mail("Automatisch antwoord: RE: [VVSG #2026-00042] Vraag"));

        Assert.Equal(InboundMailKind.Automatic, result.Kind);
        Assert.Equal(new TicketReference(Ticket, BySubjectTag: true, BySignedReference: false), result.Ticket);
    }

    [Fact]
    public void Classify_AutoReplyToASignedMail_IsAutomaticButKeepsTheTicket()
    {
        var sent = Signer.Create(Ticket);

        var result = Classify(Mail("Vakantie", $"Auto-Submitted: auto-replied\nIn-Reply-To: <{sent}>\n"));

        Assert.Equal(InboundMailKind.Automatic, result.Kind);
        Assert.Equal(new TicketReference(Ticket, BySubjectTag: false, BySignedReference: true), result.Ticket);
    }

    [Fact]
    public void Classify_PostfixDeliveryStatusReport_IsAPermanentBounceOnTheTicket()
    {
        var sent = Signer.Create(Ticket);

        var result = Classify(Dsn(sent, "[VVSG #2026-00042] Uw vraag is ontvangen", ("jan@gent.be", "failed", "5.1.1", "smtp; 550 5.1.1 <jan@gent.be>: Recipient address rejected: User unknown")));

        Assert.Equal(InboundMailKind.Bounce, result.Kind);
        var bounce = result.Bounce!;
        Assert.True(bounce.IsDeliveryStatusNotification);
        Assert.True(bounce.IsPermanent);
        var failure = Assert.Single(bounce.Failures);
        Assert.Equal("jan@gent.be", failure.Recipient);
        Assert.Equal("5.1.1", failure.Status);
        Assert.Equal("failed", failure.Action);
        Assert.Contains("User unknown", failure.Diagnostic, StringComparison.Ordinal);
        Assert.True(failure.IsPermanent);
        Assert.Equal(sent, bounce.OriginalMessageId);
        Assert.Equal("[VVSG #2026-00042] Uw vraag is ontvangen", bounce.OriginalSubject);
        Assert.Equal(new TicketReference(Ticket, BySubjectTag: true, BySignedReference: true), result.Ticket);
    }

    [Fact]
    public void Classify_DelayedDelivery_IsATransientBounce()
    {
        var result = Classify(Dsn(Signer.Create(Ticket), "Uw vraag", ("jan@gent.be", "delayed", "4.4.1", "smtp; 421 4.4.1 Connection timed out")));

        Assert.Equal(InboundMailKind.Bounce, result.Kind);
        Assert.False(result.Bounce!.IsPermanent);
        Assert.False(Assert.Single(result.Bounce.Failures).IsPermanent);
        Assert.Equal("4.4.1", result.Bounce.Failures[0].Status);
        Assert.Equal(new TicketReference(Ticket, BySubjectTag: false, BySignedReference: true), result.Ticket);
    }

    [Fact]
    public void Classify_ReportWithPermanentAndTransientRecipients_ListsBoth()
    {
        var result = Classify(Dsn(Signer.Create(Ticket), "Uw vraag",
            ("jan@gent.be", "failed", "5.2.2 (mailbox full)", "smtp; 552 5.2.2 Mailbox full"),
            ("piet@gent.be", "delayed", "4.2.0", null),
            ("els@gent.be", "delivered", "2.0.0", null)));

        var bounce = result.Bounce!;
        Assert.True(bounce.IsPermanent);
        Assert.Equal(2, bounce.Failures.Count);
        Assert.Equal(("jan@gent.be", "5.2.2", true), (bounce.Failures[0].Recipient, bounce.Failures[0].Status, bounce.Failures[0].IsPermanent));
        Assert.Equal(("piet@gent.be", "4.2.0", false), (bounce.Failures[1].Recipient, bounce.Failures[1].Status, bounce.Failures[1].IsPermanent));
        Assert.Null(bounce.Failures[1].Diagnostic);
    }

    [Fact]
    public void Classify_FailedWithoutStatus_CountsAsPermanent()
    {
        var result = Classify(Dsn(Signer.Create(Ticket), "Uw vraag", ("jan@gent.be", "failed", null, null)));

        Assert.True(Assert.Single(result.Bounce!.Failures).IsPermanent);
        Assert.Null(result.Bounce.Failures[0].Status);
    }

    [Fact]
    public void Classify_SuccessfulDeliveryReport_IsAutomaticNotABounce()
    {
        var result = Classify(Dsn(Signer.Create(Ticket), "Uw vraag", ("jan@gent.be", "delivered", "2.0.0", null)));

        Assert.Equal(InboundMailKind.Automatic, result.Kind);
        Assert.Equal(AutomaticMailReason.DeliveryReport, result.AutomaticReason);
    }

    [Fact]
    public void Classify_BounceWithForgedOriginalIdAndNoTag_HasNoTicket()
    {
        var forged = Signer.Create(new TicketNumber(2026, 41)).Replace(".2026-00041.", ".2026-00042.", StringComparison.Ordinal);

        var result = Classify(Dsn(forged, "Uw vraag", ("jan@gent.be", "failed", "5.1.1", null)));

        Assert.Equal(InboundMailKind.Bounce, result.Kind);
        Assert.Null(result.Ticket);
        Assert.Equal(forged, result.Bounce!.OriginalMessageId);
    }

    [Fact]
    public void Classify_BounceWhoseOwnSubjectCarriesTheTag_IsTiedToTheTicketByTag()
    {
        var raw = Dsn("foreign@elsewhere.example", "Uw vraag", ("jan@gent.be", "failed", "5.1.1", null))
            .Replace("Subject: Undelivered Mail Returned to Sender", "Subject: Onbestelbaar: [VVSG #2026-00042] Uw vraag", StringComparison.Ordinal);

        var result = Classify(raw);

        Assert.Equal(new TicketReference(Ticket, BySubjectTag: true, BySignedReference: false), result.Ticket);
    }

    [Fact]
    public void Classify_DsnWithAutoSubmittedHeader_IsStillABounce()
    {
        var raw = Dsn(Signer.Create(Ticket), "Uw vraag", ("jan@gent.be", "failed", "5.1.1", null))
            .Replace("MIME-Version: 1.0", "Auto-Submitted: auto-replied\nMIME-Version: 1.0", StringComparison.Ordinal);

        Assert.Equal(InboundMailKind.Bounce, Classify(raw).Kind);
    }

    [Fact]
    public void Classify_DsnWithTheWholeOriginalAttached_ReadsItsIdAndSubject()
    {
        var sent = Signer.Create(Ticket);
        var raw = Dsn(sent, "[VVSG #2026-00042] Uw vraag", ("jan@gent.be", "failed", "5.1.1", null))
            .Replace("Content-Type: text/rfc822-headers", "Content-Type: message/rfc822", StringComparison.Ordinal);

        var result = Classify(raw);

        Assert.Equal(sent, result.Bounce!.OriginalMessageId);
        Assert.Equal("[VVSG #2026-00042] Uw vraag", result.Bounce.OriginalSubject);
        Assert.Equal(Ticket, result.Ticket!.Ticket);
    }

    [Fact]
    public void Classify_EximStyleBounceFromMailerDaemon_ReadsRecipientsStatusAndQuotedOriginal()
    {
        var sent = Signer.Create(Ticket);
        var raw = $"""
            From: Mail Delivery System <Mailer-Daemon@mx.gent.be>
            To: radicalisering@vvsg.example
            Subject: Mail delivery failed: returning message to sender
            Message-ID: <E1abc-0001@mx.gent.be>
            X-Failed-Recipients: jan@gent.be, piet@gent.be
            MIME-Version: 1.0
            Content-Type: text/plain; charset=us-ascii

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              jan@gent.be
                host mx.gent.be: 550 5.1.1 User unknown

            ------ This is a copy of the message, including all the headers. ------

            Message-ID: <{sent}>
            Subject: =?utf-8?Q?[VVSG_#2026-00042]_Uw_vraag_is_ontvangen_=E2=9C=93?=
            From: radicalisering@vvsg.example

            Goedemiddag,
            """;

        var result = Classify(raw);

        Assert.Equal(InboundMailKind.Bounce, result.Kind);
        var bounce = result.Bounce!;
        Assert.False(bounce.IsDeliveryStatusNotification);
        Assert.Equal(["jan@gent.be", "piet@gent.be"], bounce.Failures.Select(f => f.Recipient));
        Assert.All(bounce.Failures, f => Assert.Equal("5.1.1", f.Status));
        Assert.True(bounce.IsPermanent);
        Assert.Equal(sent, bounce.OriginalMessageId);
        Assert.Equal("[VVSG #2026-00042] Uw vraag is ontvangen ✓", bounce.OriginalSubject);
        Assert.Equal(new TicketReference(Ticket, BySubjectTag: true, BySignedReference: true), result.Ticket);
    }

    [Fact]
    public void Classify_PostmasterMailWithoutDetails_IsABounceWithNoFailuresListed()
    {
        var result = Classify(Mail("Delivery has failed", from: "postmaster@outlook.example", body: "Your message could not be delivered."));

        Assert.Equal(InboundMailKind.Bounce, result.Kind);
        Assert.Empty(result.Bounce!.Failures);
        Assert.False(result.Bounce.IsPermanent);
        Assert.Null(result.Ticket);
    }

    [Fact]
    public void Classify_ReadReceipt_IsAutomaticAndKeepsTheTicket()
    {
        var raw = """
            From: An De Smet <an.desmet@gent.be>
            To: radicalisering@vvsg.example
            Subject: Gelezen: [VVSG #2026-00042] Uw vraag
            Message-ID: <mdn-1@gent.be>
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=disposition-notification; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Uw bericht is gelezen.
            --b
            Content-Type: message/disposition-notification

            Reporting-UA: gent.be; Microsoft Outlook
            Final-Recipient: rfc822;an.desmet@gent.be
            Disposition: manual-action/MDN-sent-manually; displayed
            --b--
            """;

        var result = Classify(raw);

        Assert.Equal(InboundMailKind.Automatic, result.Kind);
        Assert.Equal(AutomaticMailReason.DeliveryReport, result.AutomaticReason);
        Assert.Equal(Ticket, result.Ticket!.Ticket);
    }

    [Fact]
    public void Classify_DedupeKey_IsTheMessageId()
    {
        var result = Classify(Mail("Vraag").Replace("Message-ID: <", "Message-ID: <fixed-id-1@", StringComparison.Ordinal));

        Assert.StartsWith("fixed-id-1@", result.DedupeKey, StringComparison.Ordinal);
        Assert.DoesNotContain("<", result.DedupeKey, StringComparison.Ordinal);
    }

    internal static string Dsn(string originalId, string originalSubject, params (string Recipient, string Action, string? Status, string? Diagnostic)[] recipients)
    {
        var groups = string.Join("\n", recipients.Select(r =>
            $"Final-Recipient: rfc822; {r.Recipient}\nOriginal-Recipient: rfc822;{r.Recipient}\nAction: {r.Action}\n"
            + (r.Status is null ? "" : $"Status: {r.Status}\n")
            + (r.Diagnostic is null ? "" : $"Diagnostic-Code: {r.Diagnostic}\n")));
        return $"""
            From: MAILER-DAEMON@mx.vvsg.example (Mail Delivery System)
            To: radicalisering@vvsg.example
            Subject: Undelivered Mail Returned to Sender
            Date: Tue, 03 Mar 2026 10:20:00 +0100
            Message-ID: <{Guid.NewGuid():N}@mx.vvsg.example>
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-boundary"

            --dsn-boundary
            Content-Description: Notification
            Content-Type: text/plain; charset=us-ascii

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            --dsn-boundary
            Content-Description: Delivery report
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.vvsg.example
            X-Postfix-Queue-ID: 4F1A2B3C
            Arrival-Date: Tue,  3 Mar 2026 10:19:58 +0100

            {groups}
            --dsn-boundary
            Content-Description: Undelivered Message Headers
            Content-Type: text/rfc822-headers

            From: radicalisering@vvsg.example
            To: jan@gent.be
            Subject: {originalSubject}
            Message-ID: <{originalId}>
            Date: Tue, 03 Mar 2026 10:19:58 +0100

            --dsn-boundary--
            """;
    }
}
