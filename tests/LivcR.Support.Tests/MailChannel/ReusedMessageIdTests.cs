using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Tests.Mail;
using MimeKit;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>
/// Two different mails that carry one Message-ID (broken mail programs, list software, resent mail) through a real
/// dovecot: each is an entry of its own, the second says the id was reused, threading stays with the first; the same mail
/// delivered twice is still one.
/// </summary>
[Collection(MailIntakeCollection.Name)]
public sealed class ReusedMessageIdTests(MailIntakeFixture fixture)
{
    private const string Reused = "Message-ID hergebruikt";

    private const string EntriesQuery =
        "query($n: String!) { ticket(number: $n) { entries { kind body mail { messageId fullText } } } }";

    private const string QuarantineQuery = "{ mailQuarantine(status: QUARANTINED, first: 100) { id messageId subject reason } }";

    private static string Fresh(string domain) => $"{Guid.NewGuid().ToString("N")[..10]}@{domain}";

    private static string SharedId() => $"{Guid.NewGuid():N}@kapot-mailprogramma.example";

    private static bool SaysReused(TicketEntryView entry) =>
        entry.Kind == TicketEntryKind.SystemEvent && entry.Body.StartsWith(Reused, StringComparison.Ordinal);

    private async Task<TicketView> TicketOfAsync(MimeMessage mail) =>
        await fixture.TicketOfAsync(mail) ?? throw new Xunit.Sdk.XunitException($"\"{mail.Subject}\" went to no ticket.");

    private async Task<JsonArray> EntriesAsync(string number)
    {
        var (_, body) = await fixture.Gateway.PostAsync(EntriesQuery, new { n = number }, await fixture.Gateway.TokenAsync(StaffMember));
        return body["data"]?["ticket"]?["entries"]?.AsArray() ?? throw new Xunit.Sdk.XunitException("No entries: " + body.ToJsonString());
    }

    private async Task<List<JsonNode>> QuarantinedWithIdAsync(string messageId)
    {
        var (_, body) = await fixture.Gateway.PostAsync(QuarantineQuery, null, await fixture.Gateway.TokenAsync(StaffMember));
        return [.. body["data"]!["mailQuarantine"]!.AsArray().Where(m => m!["messageId"]?.GetValue<string>() == messageId).Select(m => m!)];
    }

    private int AcknowledgementsOf(string number) =>
        fixture.Smtp.Received.Count(m => m.Subject?.Contains($"[VVSG #{number}]", StringComparison.Ordinal) == true && m.Headers["Auto-Submitted"] == "auto-replied");

    private async Task WaitForAcknowledgementsAsync(params string[] numbers)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (numbers.Any(n => AcknowledgementsOf(n) == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    private static MimeMessage Bounce(string messageId, string recipient) =>
        Parse(Regex.Replace(
            MailClassifierTests.Dsn($"{Guid.NewGuid():N}@elders.example", "Iets", (recipient, "failed", "5.1.1", "smtp; 550 User unknown")),
            "Message-ID: <[0-9a-f]{32}@mx\\.vvsg\\.example>",
            $"Message-ID: <{messageId}>"));

    [Fact]
    public async Task TwoDifferentQuestionsWithOneMessageId_AreTwoTickets_TheSecondSaysTheIdWasReused_AndRepliesThreadToTheFirst()
    {
        var requester = Fresh("gent.example");
        var messageId = SharedId();
        var first = Compose(requester, "Vraag over een leerling", "Een leerling deelt filmpjes. Wat kunnen we doen?", messageId: messageId);
        var second = Compose(requester, "Vraag over een ouder", "Een ouder stelt ons vragen over de school.", messageId: messageId);

        await fixture.DeliverAsync(first);
        await fixture.DeliverAsync(second);
        var a = await TicketOfAsync(first);
        var b = await TicketOfAsync(second);
        var shown = await EntriesAsync(b.Number);
        await WaitForAcknowledgementsAsync(a.Number, b.Number);
        var reply = Compose(requester, "Re: Vraag", "Nog een detail bij de eerste vraag.", inReplyTo: messageId);
        await fixture.DeliverAsync(reply);
        var afterReply = await fixture.TicketAsync(a.Number);
        var untouched = await fixture.TicketAsync(b.Number);

        Assert.NotEqual(a.Number, b.Number);
        Assert.Equal("Vraag over een leerling", a.Subject);
        Assert.Equal("Een leerling deelt filmpjes. Wat kunnen we doen?", Assert.Single(a.Messages).Body);
        Assert.Equal("Vraag over een ouder", b.Subject);
        Assert.Equal("Een ouder stelt ons vragen over de school.", Assert.Single(b.Messages).Body);
        Assert.DoesNotContain(a.Entries, SaysReused);
        var reusedEvent = Assert.Single(shown, e => e!["kind"]!.GetValue<string>() == "SYSTEM_EVENT" && e["body"]!.GetValue<string>().StartsWith(Reused, StringComparison.Ordinal))!;
        Assert.Contains($"<{messageId}>", reusedEvent["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Een ouder stelt ons vragen over de school.", shown.First(e => e!["kind"]!.GetValue<string>() == "MESSAGE")!["mail"]!["fullText"]!.GetValue<string>());
        Assert.Equal(1, AcknowledgementsOf(a.Number));
        Assert.Equal(1, AcknowledgementsOf(b.Number));
        Assert.Equal(2, await fixture.Imap.CountWithIdAsync(User, Password, "Verwerkt", messageId));
        Assert.Equal(["Een leerling deelt filmpjes. Wat kunnen we doen?", "Nog een detail bij de eerste vraag."], afterReply!.Messages.Select(m => m.Body).ToArray());
        Assert.Single(untouched!.Messages);
    }

    [Fact]
    public async Task TwoDifferentQuestionsWithOneMessageId_ReadInOneBatch_AreTwoTickets_ExactlyOneSaysTheIdWasReused()
    {
        var requester = Fresh("gent.example");
        var messageId = SharedId();
        var first = Compose(requester, "Eerste vraag van de dag", "Hoe melden we een zorg?", messageId: messageId);
        var second = Compose(requester, "Tweede vraag van de dag", "Wie zit er in de LIVC-R?", messageId: messageId);

        await fixture.DeliverAsync(first, second);
        var tickets = new[] { await TicketOfAsync(first), await TicketOfAsync(second) };
        var reply = Compose(requester, "Re: vraag", "Een aanvulling.", references: $"<{messageId}>");
        await fixture.DeliverAsync(reply);
        var withoutEvent = tickets.Single(t => !t.Entries.Any(SaysReused));
        var after = await fixture.TicketAsync(withoutEvent.Number);

        Assert.NotEqual(tickets[0].Number, tickets[1].Number);
        Assert.Single(tickets, t => t.Entries.Count(SaysReused) == 1);
        Assert.Equal("Een aanvulling.", after!.Messages[^1].Body);
        Assert.Equal(2, after.Messages.Count);
    }

    [Fact]
    public async Task TwoDifferentRepliesWithOneMessageId_AreBothAdded_EachWithItsOwnMail_TheSecondSaysTheIdWasReused()
    {
        var requester = Fresh("gent.example");
        var question = Compose(requester, "Vraag met aanvullingen", "Een eerste vraag.");
        await fixture.DeliverAsync(question);
        var ticket = await TicketOfAsync(question);
        var messageId = SharedId();
        var one = Compose(requester, $"Re: [VVSG #{ticket.Number}] Vraag met aanvullingen", "Eerste aanvulling.", messageId: messageId);
        var two = Compose(requester, $"Re: [VVSG #{ticket.Number}] Vraag met aanvullingen", "Tweede aanvulling.", messageId: messageId);

        await fixture.DeliverAsync(one);
        await fixture.DeliverAsync(two);
        var after = await fixture.TicketAsync(ticket.Number);
        var shown = await EntriesAsync(ticket.Number);

        Assert.Equal(["Een eerste vraag.", "Eerste aanvulling.", "Tweede aanvulling."], after!.Messages.Select(m => m.Body).ToArray());
        Assert.Single(after.Entries, SaysReused);
        Assert.Equal(
            ["Een eerste vraag.", "Eerste aanvulling.", "Tweede aanvulling."],
            shown.Where(e => e!["kind"]!.GetValue<string>() == "MESSAGE").Select(e => e!["mail"]!["fullText"]!.GetValue<string>()).ToArray());
        Assert.Equal(2, await fixture.Imap.CountWithIdAsync(User, Password, "Verwerkt", messageId));
    }

    [Fact]
    public async Task SameMailDeliveredAgainThroughAnotherServer_IsOneTicketWithOneMessage_AndNoReuseEvent()
    {
        var requester = Fresh("gent.example");
        var messageId = SharedId();
        var mail = Compose(requester, "Twee keer afgeleverd langs twee servers", "Eén vraag.", messageId: messageId, headers: "Received: from mx1.gent.example by mx.vvsg.example; Tue, 03 Mar 2026 10:00:02 +0100\n");
        var again = Compose(
            requester, "Twee keer afgeleverd langs twee servers", "Eén vraag.", messageId: messageId,
            headers: "Received: from mx2.gent.example by mx.vvsg.example; Tue, 03 Mar 2026 10:04:40 +0100\nDelivered-To: helpdesk@vvsg.example\nX-Spam-Score: 0.3\n");

        await fixture.DeliverAsync(mail);
        await fixture.DeliverAsync(again);
        var ticket = await TicketOfAsync(mail);
        await WaitForAcknowledgementsAsync(ticket.Number);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = await fixture.TicketAsync(ticket.Number);

        Assert.Equal(ticket.Number, (await TicketOfAsync(again)).Number);
        Assert.Single(after!.Messages);
        Assert.DoesNotContain(after.Entries, SaysReused);
        Assert.Equal(ticket.Version, after.Version);
        Assert.Equal(1, AcknowledgementsOf(ticket.Number));
        Assert.Equal(2, await fixture.Imap.CountWithIdAsync(User, Password, "Verwerkt", messageId));
    }

    [Fact]
    public async Task TwoDifferentBouncesWithOneMessageId_AreTwoQuarantineRows_ButTheSameBounceTwiceIsOne()
    {
        var messageId = SharedId();
        var first = Bounce(messageId, Fresh("gent.example"));
        var second = Bounce(messageId, Fresh("hasselt.example"));

        await fixture.DeliverAsync(first, second);
        await fixture.DeliverAsync(first);
        var rows = await QuarantinedWithIdAsync(messageId);

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows.Select(r => r["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(rows, r => Assert.Contains("Afleverfout", r["reason"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(3, await fixture.Imap.CountWithIdAsync(User, Password, "Quarantaine", messageId));
    }
}
