using System.Text;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Attachments;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Tickets;
using LivcR.Support.Tests.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>Mail read from a real dovecot into tickets, with real acknowledgements on a real SMTP peer.</summary>
[Collection(MailIntakeCollection.Name)]
public sealed class MailIntakeTests(MailIntakeFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private static string Fresh(string domain) => $"{Guid.NewGuid().ToString("N")[..10]}@{domain}";

    private IReadOnlyList<MimeMessage> MailsAbout(string number) =>
        fixture.Smtp.Received.Where(m => m.Subject?.Contains($"[VVSG #{number}]", StringComparison.Ordinal) == true).ToList();

    private async Task<MimeMessage> AckAsync(string number)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (MailsAbout(number).FirstOrDefault(m => m.Headers["Auto-Submitted"] == "auto-replied") is { } ack)
            {
                return ack;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No acknowledgement of {number} arrived.");
    }

    private async Task<Silo.Mail.Outbox.OutboxEntry> OutboxEntryAsync(string number, string lastError)
    {
        var outbox = fixture.Gateway.Services.GetRequiredService<Silo.Mail.Outbox.OutboxStore>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if ((await outbox.ListAsync(null, 500)).FirstOrDefault(e => e.TicketNumber == number && e.LastError == lastError) is { } entry)
            {
                return entry;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No mail of {number} in the outbox with \"{lastError}\".");
    }

    private async Task<TicketView> QuestionAsync(string from, string subject, string body = "Goedendag,\n\nEen leerling deelt filmpjes van een extremistische groep. Wat kunnen we doen?\n\nAn")
    {
        var question = Compose(from, subject, body);
        await fixture.DeliverAsync(question);
        return await fixture.TicketOfAsync(question) ?? throw new Xunit.Sdk.XunitException("The question opened no ticket.");
    }

    [Fact]
    public async Task NewQuestion_FromAKnownPerson_BecomesATicketOfTheirMunicipality_IsAcknowledgedAndMoved()
    {
        var question = Compose($"An De Smet <{GentCoordinator}>", "Leerling deelt extremistische filmpjes", "Goedendag,\n\nWat kunnen we doen?\n\nAn");

        await fixture.DeliverAsync(question);
        var ticket = await fixture.TicketOfAsync(question);
        var ack = await AckAsync(ticket!.Number);

        Assert.Equal("44021", ticket.MunicipalityNisCode);
        Assert.Equal(GentCoordinator, ticket.Requester.Email);
        Assert.Equal("An De Smet", ticket.Requester.Name);
        Assert.Equal("Leerling deelt extremistische filmpjes", ticket.Subject);
        Assert.Equal("Goedendag,\n\nWat kunnen we doen?\n\nAn", Assert.Single(ticket.Messages).Body);
        Assert.Equal(GentCoordinator, ack.To.Mailboxes.Single().Address);
        Assert.Equal(question.MessageId, ack.InReplyTo);
        Assert.Contains($"https://helpdesk.vvsg.example/tickets/{ticket.Number}", ack.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.Imap.CountWithIdAsync(User, Password, "Verwerkt", question.MessageId));
    }

    [Fact]
    public async Task NewQuestion_FromARobotSender_BecomesATicketWithoutAcknowledgementAndSaysWhy()
    {
        var robots = new[]
        {
            Compose($"Meldingen <noreply@{Guid.NewGuid():N}.gent.be>", "Nieuwe melding", "Er is een melding binnengekomen."),
            Compose($"Systeem <no-reply@{Guid.NewGuid():N}.example>", "Uw aanvraag", "Automatisch bericht."),
            Compose($"Bank <donotreply@{Guid.NewGuid():N}.example>", "Uw rekening", "Tekst."),
            Compose(Fresh("lijst.example"), "Ledenbericht", "Tekst.", headers: "List-Id: Leden <leden.lijst.example>\n"),
            Compose(Fresh("nieuws.example"), "Nieuwsbrief maart", "Tekst.", headers: "Precedence: bulk\nList-Unsubscribe: <mailto:stop@nieuws.example>\n"),
            Compose(Fresh("campagne.example"), "Actie", "Tekst.", headers: "Feedback-ID: 1:campagne:esp\n"),
            Compose(Fresh("spam.example"), "Winnaar!", "Tekst.", headers: "X-Spam-Flag: YES\n"),
            Compose($"nieuwsbrief@{Guid.NewGuid():N}.example", "Gemeentenieuws", "Tekst."),
        };
        var person = Compose(Fresh("gent.be"), "Een gewone vraag", "Goedendag, een vraag van een mens.");

        await fixture.DeliverAsync([.. robots, person]);
        var answered = await fixture.TicketOfAsync(person);
        await AckAsync(answered!.Number);
        var outbox = await fixture.Gateway.Services.GetRequiredService<Silo.Mail.Outbox.OutboxStore>().ListAsync(null, 500);

        foreach (var robot in robots)
        {
            var ticket = await fixture.TicketOfAsync(robot) ?? throw new Xunit.Sdk.XunitException($"{robot.Subject}: no ticket");
            Assert.Contains(ticket.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body.StartsWith("Geen ontvangstbevestiging verstuurd: ", StringComparison.Ordinal));
            Assert.DoesNotContain(outbox, m => m.TicketNumber == ticket.Number);
            Assert.Empty(MailsAbout(ticket.Number));
        }
    }

    [Fact]
    public async Task ReplyByTag_FromTheRequester_IsAddedWithoutItsQuotedHistory()
    {
        var ticket = await QuestionAsync(GentCoordinator, "Vraag over een ouder");
        var reply = Compose(GentCoordinator, $"Antw: [VVSG #{ticket.Number}] Vraag over een ouder", "Dank je, dat helpt ons verder.\n\nOp 3 maart 2026 om 10:00 schreef VVSG <radicalisering@vvsg.example>:\n> Bel ons gerust.\n");

        await fixture.DeliverAsync(reply);
        var after = await fixture.TicketAsync(ticket.Number);

        Assert.Equal(2, after!.Messages.Count);
        Assert.Equal("Dank je, dat helpt ons verder.", after.Messages[^1].Body);
        Assert.Equal(GentCoordinator, after.Messages[^1].Author.Email);
    }

    [Fact]
    public async Task ReplyByReferencesOnly_ToOurAcknowledgementOrToTheQuestion_IsAdded()
    {
        var ticket = await QuestionAsync(GentCoordinator, "Vraag zonder nummer in het antwoord");
        var ack = await AckAsync(ticket.Number);
        var toAck = Compose(GentCoordinator, "Re: je vraag is goed aangekomen", "Nog een detail.", inReplyTo: ack.MessageId, references: $"<{ack.MessageId}>");
        var question = (await fixture.Gateway.Services.GetRequiredService<Silo.Mail.Outbox.OutboxStore>().ThreadAsync(ticket.Number))[0];
        var toQuestion = Compose(GentCoordinator, "Re: Vraag zonder nummer in het antwoord", "En nog iets.", references: $"<{question}>");

        await fixture.DeliverAsync(toAck);
        await fixture.DeliverAsync(toQuestion);
        var after = await fixture.TicketAsync(ticket.Number);

        Assert.Equal(["Nog een detail.", "En nog iets."], after!.Messages.Skip(1).Select(m => m.Body).ToArray());
    }

    [Fact]
    public async Task ForgedReference_FromAnotherMunicipality_BecomesItsOwnTicket_AndLeavesTheOriginalUntouched()
    {
        var ticket = await QuestionAsync(GentCoordinator, "Vertrouwelijke zorg over een gezin");
        var ack = await AckAsync(ticket.Number);
        var forged = Compose(HasseltOfficer, $"Re: [VVSG #{ticket.Number}] Vertrouwelijke zorg over een gezin", "Mag ik meelezen?", inReplyTo: ack.MessageId);

        await fixture.DeliverAsync(forged);
        var original = await fixture.TicketAsync(ticket.Number);
        var own = await fixture.TicketOfAsync(forged);

        Assert.Equal(ticket.Version, original!.Version);
        Assert.Single(original.Messages);
        Assert.NotEqual(ticket.Number, own!.Number);
        Assert.Equal("71072", own.MunicipalityNisCode);
        Assert.Equal(HasseltOfficer, own.Requester.Email);
        Assert.Equal("Re: Vertrouwelijke zorg over een gezin", own.Subject);
    }

    [Theory]
    [InlineData("Afwezig: An De Smet", "")]
    [InlineData("Automatisch antwoord: Re: [VVSG #{0}] Vraag", "")]
    [InlineData("Réponse automatique : absent jusqu'au 10 mars", "")]
    [InlineData("Out of Office: An De Smet", "")]
    [InlineData("Re: [VVSG #{0}] Vraag", "Auto-Submitted: auto-replied\n")]
    public async Task OutOfOffice_InEachLanguage_IsASystemEventOnTheTicket_NeverATicketOrAnAnswer(string subjectFormat, string headers)
    {
        var requester = Fresh("gent.example");
        var ticket = await QuestionAsync(requester, "Vraag");
        var ack = await AckAsync(ticket.Number);
        var mailsBefore = MailsAbout(ticket.Number).Count;
        var subject = string.Format(System.Globalization.CultureInfo.InvariantCulture, subjectFormat, ticket.Number);
        var outOfOffice = Compose(requester, subject, "Ik ben afwezig tot 10 maart.", inReplyTo: ack.MessageId, headers: headers);

        await fixture.DeliverAsync(outOfOffice);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = await fixture.TicketAsync(ticket.Number);

        Assert.Single(after!.Messages);
        Assert.Contains(after.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body.StartsWith("Automatisch antwoord ontvangen", StringComparison.Ordinal));
        Assert.Null(await fixture.TicketOfAsync(outOfOffice));
        Assert.Equal(mailsBefore, MailsAbout(ticket.Number).Count);
    }

    [Fact]
    public async Task DsnBounce_IsRecordedOnTheTicket_AndAPermanentFailureFlagsTheAddress()
    {
        var requester = Fresh("gent.example");
        var ticket = await QuestionAsync(requester, "Vraag met een fout adres");
        var ack = await AckAsync(ticket.Number);
        var bounce = Parse(MailClassifierTests.Dsn(ack.MessageId!, ack.Subject!, (requester, "failed", "5.1.1", "smtp; 550 5.1.1 User unknown")));

        await fixture.DeliverAsync(bounce);
        var after = await fixture.TicketAsync(ticket.Number);
        var status = await fixture.Grains.Person(requester).GetMailStatusAsync();

        Assert.Contains(after!.Entries, e => e.Body.StartsWith("Mail kon niet bezorgd worden", StringComparison.Ordinal) && e.Body.Contains("5.1.1", StringComparison.Ordinal));
        Assert.NotNull(status.Undeliverable);
        Assert.Contains("5.1.1", status.Undeliverable.Reason, StringComparison.Ordinal);
        Assert.Null(await fixture.TicketOfAsync(bounce));
    }

    [Fact]
    public async Task HtmlOnlyMail_BecomesReadableText()
    {
        var html = Parse($"""
            From: {GentCoordinator}
            To: {Address}
            Subject: Alleen HTML
            Message-ID: <{Guid.NewGuid():N}@gent.example>
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><body><p>Goedendag,</p><p>Een <b>dringende</b> vraag over een leerling.</p><script>alert(1)</script></body></html>
            """);

        await fixture.DeliverAsync(html);
        var ticket = await fixture.TicketOfAsync(html);

        var body = Assert.Single(ticket!.Messages).Body;
        Assert.Contains("Een dringende vraag over een leerling.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", body, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WinmailDat_IsUnpacked_AndItsAttachmentStored()
    {
        var tnef = Convert.ToBase64String(TnefFixture.Build("De tekst zit in winmail.dat, één vraag.", ("verslag.pdf", Pdf)), Base64FormattingOptions.InsertLineBreaks);
        var outlook = Parse($"""
            From: {GentCoordinator}
            To: {Address}
            Subject: Verslag van de casusoverleg
            Message-ID: <{Guid.NewGuid():N}@gent.example>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: application/ms-tnef; name="winmail.dat"
            Content-Disposition: attachment; filename="winmail.dat"
            Content-Transfer-Encoding: base64

            {tnef}
            --b--
            """);

        await fixture.DeliverAsync(outlook);
        var ticket = await fixture.TicketOfAsync(outlook);
        var attachment = Assert.Single(ticket!.Attachments);
        var stored = await fixture.Gateway.Services.GetRequiredService<AttachmentStore>().GetAsync(attachment.Id);

        Assert.Equal("De tekst zit in winmail.dat, één vraag.", Assert.Single(ticket.Messages).Body);
        Assert.Equal("verslag.pdf", attachment.Name);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(Pdf, stored!.Value.Content);
        Assert.Equal(ticket.Number, stored.Value.TicketNumber);
    }

    [Fact]
    public async Task Iso88591Body_AndRfc2047Subject_AreDecoded()
    {
        var latin = Parse($"""
            From: {GentCoordinator}
            To: {Address}
            Subject: =?ISO-8859-1?Q?Vraag_over_=E9=E9n_leerling?= =?UTF-8?B?IHVpdCBMacOoZ2U=?=
            Message-ID: <{Guid.NewGuid():N}@gent.example>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: 8bit

            Geachte, de leerling is ongerust over zijn broer in België. Groeten, Jérôme
            """, Encoding.Latin1);

        await fixture.DeliverAsync(latin);
        var ticket = await fixture.TicketOfAsync(latin);

        Assert.Equal("Vraag over één leerling uit Liège", ticket!.Subject);
        Assert.Equal("Geachte, de leerling is ongerust over zijn broer in België. Groeten, Jérôme", Assert.Single(ticket.Messages).Body);
    }

    [Fact]
    public async Task AttachmentOverTheTenMegabyteLimit_IsNotTakenOver_ButNoted_AndTheMailIsHandled()
    {
        var large = new byte[AttachmentRules.MaxFileBytes + 1];
        Pdf.CopyTo(large, 0);
        var builder = new BodyBuilder { TextBody = "Zie bijlagen." };
        builder.Attachments.Add("groot.pdf", large, ContentType.Parse("application/pdf"));
        builder.Attachments.Add("klein.pdf", Pdf, ContentType.Parse("application/pdf"));
        var mail = new MimeMessage { Subject = "Twee bijlagen", Body = builder.ToMessageBody(), MessageId = $"{Guid.NewGuid():N}@gent.example" };
        mail.From.Add(MailboxAddress.Parse(GentCoordinator));
        mail.To.Add(MailboxAddress.Parse(Address));

        await fixture.DeliverAsync(mail);
        var ticket = await fixture.TicketOfAsync(mail);

        Assert.Equal("klein.pdf", Assert.Single(ticket!.Attachments).Name);
        Assert.Contains(ticket.Entries, e => e.Body.StartsWith("Bijlage groot.pdf", StringComparison.Ordinal) && e.Body.Contains("niet overgenomen", StringComparison.Ordinal));
        Assert.Equal(1, await fixture.Imap.CountWithIdAsync(User, Password, "Verwerkt", mail.MessageId));
    }

    [Fact]
    public async Task MailWithoutMessageId_OpensOneTicket_EvenWhenDeliveredAgain()
    {
        var subject = $"Zonder Message-ID {Guid.NewGuid():N}";
        var raw = $"""
            From: {GentCoordinator}
            To: {Address}
            Subject: {subject}
            Date: Tue, 03 Mar 2026 10:00:00 +0100
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            Een mail van een oud systeem.
            """;
        var first = Parse(raw);
        Assert.Null(first.MessageId);

        await fixture.DeliverAsync(first);
        var stored = Assert.Single(await fixture.Imap.FetchAsync(User, Password, "Verwerkt", subject));
        var ticket = await fixture.TicketOfAsync(stored);
        await fixture.DeliverAsync(Parse(raw));
        var after = await fixture.TicketAsync(ticket!.Number);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Null(stored.MessageId);
        Assert.StartsWith("sha256:", Silo.Mail.Inbound.MailDedupeKey.For(stored), StringComparison.Ordinal);
        Assert.Equal(ticket.Version, after!.Version);
        Assert.Single(MailsAbout(ticket.Number));
        Assert.Equal(2, (await fixture.Imap.FetchAsync(User, Password, "Verwerkt", subject)).Count);
    }

    [Fact]
    public async Task SameMessageDeliveredTwice_IsOneTicketWithOneMessage_AndBothCopiesAreMoved()
    {
        var mail = Compose(GentCoordinator, "Twee keer afgeleverd", "Eén vraag.");

        await fixture.DeliverAsync(mail, mail);
        var ticket = await fixture.TicketOfAsync(mail);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Single(ticket!.Messages);
        Assert.Single(MailsAbout(ticket.Number));
        Assert.Equal(2, await fixture.Imap.CountWithIdAsync(User, Password, "Verwerkt", mail.MessageId));
    }

    [Theory]
    [InlineData(MailIntakeStep.BeforeTicketWrite)]
    [InlineData(MailIntakeStep.AfterTicketWrite)]
    public async Task ReaderCrashing_BetweenTicketWriteAndMove_ReadsTheMailAgain_AndDoublesNothing(MailIntakeStep step)
    {
        var question = Compose(GentCoordinator, $"Crash {step}", "Een vraag die een crash overleeft.");
        var crashes = 0;
        fixture.Hooks.OnStep = (at, key) => at == step && key == Silo.Mail.Inbound.MailDedupeKey.For(question) && Interlocked.Increment(ref crashes) == 1
            ? throw new InvalidDataException("simulated crash of the reader")
            : Task.CompletedTask;
        try
        {
            await fixture.DeliverAsync(question);
        }
        finally
        {
            fixture.Hooks.OnStep = null;
        }

        var ticket = await fixture.TicketOfAsync(question);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.True(crashes >= 2, "The mail was not read again after the crash.");
        Assert.Single(ticket!.Messages);
        Assert.Single(MailsAbout(ticket.Number));
        Assert.Equal(1, await fixture.Imap.CountWithIdAsync(User, Password, "Verwerkt", question.MessageId));
    }

    [Fact]
    public async Task TicketWriteFailing_AfterTheAcknowledgementWasStaged_ReadsTheMailAgain_AndAcknowledgesOnce()
    {
        var question = Compose(GentCoordinator, "Vraag waarvan de eerste schrijfpoging faalt", "Komt er één ontvangstbevestiging?");
        var store = fixture.Gateway.Services.GetRequiredService<InboundMailStore>();
        var hooks = fixture.Gateway.Services.GetRequiredService<TicketWriteHooks>();
        var saves = 0;
        hooks.OnStep = async (step, number) =>
        {
            if (step == TicketWriteStep.BeforeStateWrite && number == await store.TicketOfAsync(Silo.Mail.Inbound.MailDedupeKey.For(question)) && Interlocked.Increment(ref saves) == 1)
            {
                throw new IOException("simulated failure of the ticket's state write");
            }
        };
        try
        {
            await fixture.DeliverAsync(question);
        }
        finally
        {
            hooks.OnStep = null;
        }

        var ticket = await fixture.TicketOfAsync(question);
        var ack = await AckAsync(ticket!.Number);
        var unstored = await OutboxEntryAsync(ticket.Number, Silo.Mail.Outbox.OutboxDelivery.UnstoredReason);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.True(saves >= 2, "The mail was not read again after the failed write.");
        Assert.Single(ticket.Messages);
        Assert.Single(MailsAbout(ticket.Number));
        Assert.Equal(question.MessageId, ack.InReplyTo);
        Assert.Equal(Contracts.Mail.OutboundMailKind.Acknowledgement, unstored.Kind);
    }

    [Fact]
    public async Task ReplyCrashingAfterTheTicketWrite_IsAddedOnce()
    {
        var ticket = await QuestionAsync(GentCoordinator, "Antwoord met een crash");
        var reply = Compose(GentCoordinator, $"Re: [VVSG #{ticket.Number}] Antwoord met een crash", "Eén antwoord.");
        var crashed = 0;
        fixture.Hooks.OnStep = (at, key) => at == MailIntakeStep.AfterTicketWrite && key == Silo.Mail.Inbound.MailDedupeKey.For(reply) && Interlocked.Increment(ref crashed) == 1
            ? throw new InvalidDataException("simulated crash of the reader")
            : Task.CompletedTask;
        try
        {
            await fixture.DeliverAsync(reply);
        }
        finally
        {
            fixture.Hooks.OnStep = null;
        }

        var after = await fixture.TicketAsync(ticket.Number);

        Assert.Equal(["Eén antwoord."], after!.Messages.Skip(1).Select(m => m.Body).ToArray());
    }

    [Fact]
    public async Task UnknownSender_GetsATicketWithoutMunicipality_FlaggedForTriage_ButADomainOfAMunicipalityPlacesIt()
    {
        var stranger = Compose(Fresh("onbekend.example"), "Vraag van buiten", "Wie kan helpen?");
        var colleague = Compose(Fresh("gent.example"), "Vraag van een collega", "Ik werk ook bij Gent.");

        await fixture.DeliverAsync(stranger, colleague);
        var unknown = await fixture.TicketOfAsync(stranger);
        var placed = await fixture.TicketOfAsync(colleague);

        Assert.Equal(string.Empty, unknown!.MunicipalityNisCode);
        Assert.Contains("onbekende-afzender", unknown.Tags);
        Assert.Contains(unknown.Entries, e => e.Body.StartsWith("Afzender onbekend", StringComparison.Ordinal));
        Assert.Equal("44021", placed!.MunicipalityNisCode);
        Assert.DoesNotContain("onbekende-afzender", placed.Tags);
    }

    [Fact]
    public async Task PeopleInCc_DoNotReplaceTheRequester_AndGetNoTicketOfTheirOwn()
    {
        var mail = Compose(GentCoordinator, "Vraag met collega's in kopie", "Zie vraag.", cc: $"{HasseltOfficer}, collega@gent.example");

        await fixture.DeliverAsync(mail);
        var ticket = await fixture.TicketOfAsync(mail);
        var acks = MailsAbout(ticket!.Number);

        Assert.Equal(GentCoordinator, ticket.Requester.Email);
        Assert.All(acks, m => Assert.Equal(GentCoordinator, m.To.Mailboxes.Single().Address));
        Assert.DoesNotContain(fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address is HasseltOfficer or "collega@gent.example") && m.Subject?.Contains(ticket.Number, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task StaffAnsweringByMail_IsAStaffMessage_MailedToTheRequester()
    {
        var requester = Fresh("gent.example");
        var ticket = await QuestionAsync(requester, "Vraag die staf per mail beantwoordt");
        var answer = Compose(StaffMember, $"Re: [VVSG #{ticket.Number}] Vraag die staf per mail beantwoordt", "Dag, bel ons morgen even.");

        await fixture.DeliverAsync(answer);
        var after = await fixture.TicketAsync(ticket.Number);
        var mailed = await fixture.Smtp.WaitForAsync(requester, TimeSpan.FromSeconds(20), skip: 1);

        Assert.True(after!.Entries.Last(e => e.Kind == TicketEntryKind.Message).ByStaff);
        Assert.Equal(TicketStatus.Open, after.Status);
        Assert.NotNull(mailed);
        Assert.StartsWith("Dag, bel ons morgen even.", mailed.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToAClosedTicket_OpensALinkedFollowUp()
    {
        var ticket = await QuestionAsync(GentCoordinator, "Afgeronde vraag");
        await fixture.Grains.GetGrain<ITicketGrain>(ticket.Number).TriageAsync(new TicketTriage(new TicketActor(StaffMember, "Els", IsStaff: true), Status: TicketStatus.Resolved));
        await fixture.Grains.GetGrain<ITicketGrain>(ticket.Number).TriageAsync(new TicketTriage(new TicketActor(StaffMember, "Els", IsStaff: true), Status: TicketStatus.Closed));
        var reply = Compose(GentCoordinator, $"Re: [VVSG #{ticket.Number}] Afgeronde vraag", "Toch nog een vraag.");

        await fixture.DeliverAsync(reply);
        var followUp = await fixture.TicketOfAsync(reply);
        var closed = await fixture.TicketAsync(ticket.Number);

        Assert.NotEqual(ticket.Number, followUp!.Number);
        Assert.Contains(ticket.Number, followUp.Links);
        Assert.Contains(followUp.Number, closed!.Links);
        Assert.Equal($"Opvolging {ticket.Number}: Re: Afgeronde vraag", followUp.Subject);
        Assert.Equal("44021", followUp.MunicipalityNisCode);
    }
}
