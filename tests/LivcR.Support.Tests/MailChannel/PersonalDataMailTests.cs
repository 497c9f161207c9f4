using LivcR.Support.Contracts.Privacy;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Mail.Templates;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>Personal data in mail read from a real dovecot: redacted before the ticket and the mail's own record store it.</summary>
[Collection(MailIntakeCollection.Name)]
public sealed class PersonalDataMailTests(MailIntakeFixture fixture)
{
    private const string Redacted = "[rijksregisternummer verwijderd]";

    // A sender of its own per test (the domain places it in Gent): the loop guard allows 20 automatic mails per address an hour.
    private static string Sender() => $"{Guid.NewGuid().ToString("N")[..10]}@gent.example";

    private async Task<MimeMessage> AckAsync(string number)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (fixture.Smtp.Received.FirstOrDefault(m => m.Subject?.Contains($"[VVSG #{number}]", StringComparison.Ordinal) == true && m.Headers["Auto-Submitted"] == "auto-replied") is { } ack)
            {
                return ack;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No acknowledgement of {number} arrived.");
    }

    private async Task<InboundMailRecord> RecordAsync(TicketEntryView entry) =>
        (await fixture.Gateway.Services.GetRequiredService<InboundMailStore>().FindAsync([entry.MailKey!]))[entry.MailKey!];

    [Fact]
    public async Task HtmlQuestion_WithNationalRegisterNumbers_IsStoredWithout_IsFlagged_AndTheAcknowledgementAsksNotToSendThem()
    {
        var question = Parse($"""
            From: An De Smet <{Sender()}>
            To: {Address}
            Subject: Dossier 85.07.30-033.28
            Date: Tue, 03 Mar 2026 10:00:00 +0100
            Message-ID: <{Guid.NewGuid():N}@test.example>
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><body><p>Goedendag,</p><p>Het gaat om een jongere met rijksregisternummer &#56;5.07.30&#8209;033.28; bel de
            ouders op 0470 12 34 56.</p><p>An</p></body></html>
            """);

        await fixture.DeliverAsync(question);
        var ticket = await fixture.TicketOfAsync(question) ?? throw new Xunit.Sdk.XunitException("The question opened no ticket.");
        var ack = await AckAsync(ticket.Number);
        var message = ticket.Entries.First(e => e.Kind == TicketEntryKind.Message);
        var record = await RecordAsync(message);

        Assert.Equal($"Dossier {Redacted}", ticket.Subject);
        Assert.Contains(Redacted, message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("033", message.Body, StringComparison.Ordinal);
        Assert.Contains("0470 12 34 56", message.Body, StringComparison.Ordinal);
        Assert.Equal(
            [new PersonalDataFlag(PersonalDataKind.NationalRegisterNumber, PersonalDataHandling.Redacted, 2), new PersonalDataFlag(PersonalDataKind.PhoneNumber, PersonalDataHandling.Flagged, 1)],
            ticket.PersonalData);
        Assert.Contains(ticket.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body == "Persoonsgegevens gedetecteerd: 2 rijksregisternummers verwijderd, 1 telefoonnummer gemarkeerd");
        Assert.Contains(TicketMailTemplates.PersonalDataNoteNl, (ack.TextBody ?? string.Empty).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("033", ack.TextBody + ack.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("033", record.FullText ?? string.Empty, StringComparison.Ordinal);
        Assert.Null(record.SafeHtml);
        var flagged = await fixture.Gateway.Services.GetRequiredService<TicketQueries>()
            .FindAsync(new TicketFilter(PersonalData: true, Text: "rijksregisternummer"), TicketScope.Staff(StaffMember), TicketOrder.Created, 200, null);
        Assert.Contains(flagged.Items, t => t.Number == ticket.Number && t.PersonalData!.SequenceEqual([PersonalDataKind.NationalRegisterNumber, PersonalDataKind.PhoneNumber]));
    }

    [Fact]
    public async Task Question_WithoutPersonalData_IsAcknowledgedWithoutTheSentence()
    {
        var question = Compose(Sender(), "Vraag over ticket 2026-00042", "Goedendag,\n\nIn 9000 Gent (NIS 44021) kost het project € 1.234.567,89 sinds 03/12/2026.\n\nAn");

        await fixture.DeliverAsync(question);
        var ticket = await fixture.TicketOfAsync(question) ?? throw new Xunit.Sdk.XunitException("The question opened no ticket.");
        var ack = await AckAsync(ticket.Number);

        Assert.Empty(ticket.PersonalData!);
        Assert.Equal("Goedendag,\n\nIn 9000 Gent (NIS 44021) kost het project € 1.234.567,89 sinds 03/12/2026.\n\nAn", ticket.Messages.Single().Body);
        Assert.DoesNotContain("persoonsgegevens", ack.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReplyByMail_WithANationalRegisterNumber_IsAddedWithout()
    {
        var sender = Sender();
        var question = Compose(sender, "Vraag over een ouder", "Goedendag, een vraag.");
        await fixture.DeliverAsync(question);
        var ticket = await fixture.TicketOfAsync(question) ?? throw new Xunit.Sdk.XunitException("The question opened no ticket.");
        var reply = Compose(sender, $"Antw: [VVSG #{ticket.Number}] Vraag over een ouder", "Zijn nummer is 850730 033 28, mail ook jan.peeters@example.org.");

        await fixture.DeliverAsync(reply);
        var after = await fixture.TicketAsync(ticket.Number);
        var added = after!.Entries.Last(e => e.Kind == TicketEntryKind.Message);

        Assert.Equal($"Zijn nummer is {Redacted}, mail ook jan.peeters@example.org.", added.Body);
        Assert.DoesNotContain("850730", (await RecordAsync(added)).FullText ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains(after.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body == "Persoonsgegevens gedetecteerd: 1 rijksregisternummer verwijderd, 1 e-mailadres gemarkeerd");
    }

    [Fact]
    public async Task StaffRedaction_OfAMailEntry_RemovesTheTextFromTheMailRecordToo()
    {
        var question = Compose(Sender(), "Vraag over een gezin", "De familie woont in de Kerkstraat 12 in Gent.");
        await fixture.DeliverAsync(question);
        var ticket = await fixture.TicketOfAsync(question) ?? throw new Xunit.Sdk.XunitException("The question opened no ticket.");
        var entry = ticket.Entries.First(e => e.Kind == TicketEntryKind.Message);

        var after = await fixture.Grains.GetGrain<ITicketGrain>(ticket.Number)
            .RedactEntryAsync(new TicketActor(StaffMember, "Els Janssens", IsStaff: true), entry.Id, "Kerkstraat 12", ticket.Version);

        Assert.Equal("De familie woont in de [verwijderd] in Gent.", after.Entries.First(e => e.Id == entry.Id).Body);
        var record = await RecordAsync(entry);
        Assert.Contains("De familie woont in de [verwijderd] in Gent.", record.FullText, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerkstraat", record.FullText, StringComparison.Ordinal);
    }
}
