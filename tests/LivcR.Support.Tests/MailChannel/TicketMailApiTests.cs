using System.Text.Json.Nodes;
using LivcR.Support.Client;
using MimeKit;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;
using Role = LivcR.Support.Contracts.People.Role;
using RoleGrant = LivcR.Support.Contracts.People.RoleGrant;
using TicketView = LivcR.Support.Contracts.Tickets.TicketView;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>
/// The mail behind thread entries (<c>TicketEntry.mail</c>) through the real intake — dovecot, the mailbox reader, the
/// tickets — and the gateway, for each kind of caller.
/// </summary>
[Collection(MailIntakeCollection.Name)]
public sealed class TicketMailApiTests(MailIntakeFixture fixture)
{
    private const string GentColleague = "collega@gent.example";

    private const string EntriesQuery =
        "query($n: String!) { ticket(number: $n) { entries { kind body mail { html fullText messageId receivedAt } } } }";

    private const string HostileHtml =
        "<html><body><p>Goedendag,</p><p onclick=\"steal()\">Een leerling deelt <b>extremistische</b> filmpjes.</p>" +
        "<script>steal()</script><img src=\"https://tracker.example/pixel.gif\" onerror=\"steal()\" alt=\"pixel\">" +
        "<div style=\"border-image:url(https://tracker.example/border.png) 30\">An</div></body></html>";

    private static MimeMessage HtmlOnly(string from, string subject, string html, string? messageId = null) =>
        Parse(
            $"From: {from}\nTo: {Address}\nSubject: {subject}\nDate: Tue, 03 Mar 2026 10:00:00 +0100\n" +
            $"Message-ID: <{messageId ?? Guid.NewGuid().ToString("N") + "@test.example"}>\n" +
            $"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{html}\n");

    // A fresh person of Gent per test: the outbox allows only so many acknowledgements per address per hour, and the
    // other tests of this collection count on theirs for the fixture's coordinator.
    private async Task<string> RequesterAsync()
    {
        var email = $"{Guid.NewGuid().ToString("N")[..10]}@gent.example";
        await fixture.PersonAsync(email, "Aanvrager", new RoleGrant(Role.Municipal, "44021"));
        return email;
    }

    private async Task<TicketView> DeliverAsync(MimeMessage mail)
    {
        await fixture.DeliverAsync(mail);
        return await fixture.TicketOfAsync(mail) ?? throw new Xunit.Sdk.XunitException("The mail went to no ticket.");
    }

    private async Task<JsonNode> QueryAsync(string number, string email)
    {
        var (_, body) = await fixture.Gateway.PostAsync(EntriesQuery, new { n = number }, await fixture.Gateway.TokenAsync(email));
        return body;
    }

    private static JsonArray Entries(JsonNode body) =>
        body["data"]?["ticket"]?["entries"]?.AsArray() ?? throw new Xunit.Sdk.XunitException("No entries: " + body.ToJsonString());

    private static JsonNode FirstMessage(JsonNode body) =>
        Entries(body).First(e => e!["kind"]!.GetValue<string>() == "MESSAGE")!;

    private static string ErrorCode(JsonNode body) =>
        body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(none)";

    [Fact]
    public async Task HtmlOnlyMail_Staff_SeesTheSanitisedHtmlWithoutScriptsHandlersOrRemoteImages()
    {
        var requester = await RequesterAsync();
        var question = HtmlOnly(requester, "Filmpjes in de klas", HostileHtml);
        var ticket = await DeliverAsync(question);

        var mail = FirstMessage(await QueryAsync(ticket.Number, StaffMember))["mail"]!;
        var html = mail["html"]!.GetValue<string>();

        Assert.Contains("<b>extremistische</b>", html, StringComparison.Ordinal);
        Assert.Contains("Goedendag,", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("steal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
        Assert.Equal(question.MessageId, mail["messageId"]!.GetValue<string>());
        Assert.Contains("extremistische filmpjes", mail["fullText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainTextReply_HasNoHtml_ButItsFullTextKeepsTheQuotedHistory()
    {
        var requester = await RequesterAsync();
        var ticket = await DeliverAsync(Compose(requester, "Vraag over een ouder", "Goedendag,\n\nEen ouder maakt zich zorgen.\n\nAn"));
        var reply = Compose(requester, $"Antw: [VVSG #{ticket.Number}] Vraag over een ouder", "Dank je, dat helpt.\n\nOp 3 maart 2026 om 10:00 schreef VVSG <radicalisering@vvsg.example>:\n> Bel ons gerust.\n");
        await fixture.DeliverAsync(reply);

        var messages = Entries(await QueryAsync(ticket.Number, StaffMember)).Where(e => e!["kind"]!.GetValue<string>() == "MESSAGE").ToList();
        var mail = messages[^1]!["mail"]!;

        Assert.Equal(2, messages.Count);
        Assert.Equal("Dank je, dat helpt.", messages[^1]!["body"]!.GetValue<string>());
        Assert.Null(mail["html"]);
        Assert.Contains("> Bel ons gerust.", mail["fullText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(reply.MessageId, mail["messageId"]!.GetValue<string>());
        Assert.Contains("Een ouder maakt zich zorgen.", messages[0]!["mail"]!["fullText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesWithoutMail_PortalReplyAndSystemEvents_HaveNoMail()
    {
        var requester = await RequesterAsync();
        var ticket = await DeliverAsync(HtmlOnly(requester, "Vraag met een antwoord in het portaal", "<p>Vraag</p>"));
        var staff = await fixture.Gateway.TokenAsync(StaffMember);
        await fixture.Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Antwoord uit het portaal\") { version } }", new { n = ticket.Number }, staff);
        await fixture.Gateway.PostAsync("mutation($n: String!) { addInternalNote(number: $n, body: \"Notitie\") { version } }", new { n = ticket.Number }, staff);

        var entries = Entries(await QueryAsync(ticket.Number, StaffMember));

        Assert.NotNull(entries[0]!["mail"]);
        Assert.All(entries.Skip(1), e => Assert.Null(e!["mail"]));
        Assert.Contains(entries, e => e!["body"]!.GetValue<string>() == "Antwoord uit het portaal");
        Assert.Contains(entries, e => e!["kind"]!.GetValue<string>() == "INTERNAL_NOTE");
    }

    [Fact]
    public async Task ManyMails_OnOneTicket_EachEntryShowsItsOwnMail()
    {
        var requester = await RequesterAsync();
        var ticket = await DeliverAsync(HtmlOnly(requester, "Een draad van mails", "<p>Mail 0</p>"));
        for (var i = 1; i <= 3; i++)
        {
            await fixture.DeliverAsync(HtmlOnly(requester, $"Re: [VVSG #{ticket.Number}] Een draad van mails", $"<p>Mail {i}</p>"));
        }

        var messages = Entries(await QueryAsync(ticket.Number, StaffMember)).Where(e => e!["kind"]!.GetValue<string>() == "MESSAGE").ToList();

        Assert.Equal(["<p>Mail 0</p>", "<p>Mail 1</p>", "<p>Mail 2</p>", "<p>Mail 3</p>"], messages.Select(m => m!["mail"]!["html"]!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task MunicipalUser_OfTheSameMunicipality_SeesTheHtmlOfAPublicMessage()
    {
        var requester = await RequesterAsync();
        await fixture.PersonAsync(GentColleague, "Jo Claes", new RoleGrant(Role.Municipal, "44021"));
        var ticket = await DeliverAsync(HtmlOnly(requester, "Vraag die collega's mogen lezen", HostileHtml));

        var html = FirstMessage(await QueryAsync(ticket.Number, GentColleague))["mail"]!["html"]!.GetValue<string>();

        Assert.Contains("<b>extremistische</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("steal", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MunicipalUser_OfAnotherMunicipality_GetsNotFoundAndNothingOfTheMail()
    {
        var requester = await RequesterAsync();
        var ticket = await DeliverAsync(HtmlOnly(requester, "Vraag van Gent", "<p>Enkel voor <i>Gent</i> bestemd</p>"));

        var body = await QueryAsync(ticket.Number, HasseltOfficer);

        Assert.Equal("NOT_FOUND", ErrorCode(body));
        Assert.Null(body["data"]?["ticket"]);
        Assert.DoesNotContain("bestemd", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfidentialTicket_TheRequesterSeesTheMail_AColleagueGetsNotFound()
    {
        var requester = await RequesterAsync();
        await fixture.PersonAsync(GentColleague, "Jo Claes", new RoleGrant(Role.Municipal, "44021"));
        var ticket = await DeliverAsync(HtmlOnly(requester, "Vertrouwelijke vraag", "<p>Over een <i>gezin</i></p>"));
        var (_, set) = await fixture.Gateway.PostAsync(
            "mutation($n: String!) { setTicketConfidential(number: $n, confidential: true) { confidential } }", new { n = ticket.Number }, await fixture.Gateway.TokenAsync(requester));
        Assert.True(set["data"]!["setTicketConfidential"]!["confidential"]!.GetValue<bool>());

        var asRequester = await QueryAsync(ticket.Number, requester);
        var colleague = await QueryAsync(ticket.Number, GentColleague);

        Assert.Equal("<p>Over een <i>gezin</i></p>", FirstMessage(asRequester)["mail"]!["html"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", ErrorCode(colleague));
        Assert.DoesNotContain("gezin", colleague.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergedTicket_ItsMailStaysWithItsMessageInTheTarget()
    {
        var requester = await RequesterAsync();
        var source = await DeliverAsync(HtmlOnly(requester, "Dubbele vraag", "<p>De <b>tweede</b> mail</p>"));
        var target = await DeliverAsync(HtmlOnly(requester, "Eerste vraag", "<p>De eerste mail</p>"));
        var (_, merged) = await fixture.Gateway.PostAsync(
            "mutation($s: String!, $t: String!) { mergeTickets(sourceNumber: $s, targetNumber: $t) { number } }",
            new { s = source.Number, t = target.Number },
            await fixture.Gateway.TokenAsync(StaffMember));
        Assert.Equal(target.Number, merged["data"]?["mergeTickets"]?["number"]?.GetValue<string>());

        var copied = Entries(await QueryAsync(target.Number, StaffMember)).Single(e => e!["body"]!.GetValue<string>().StartsWith($"[uit {source.Number}]", StringComparison.Ordinal));

        Assert.Equal("<p>De <b>tweede</b> mail</p>", copied!["mail"]!["html"]!.GetValue<string>());
    }

    [Fact]
    public async Task TypedClient_TicketOfAnHtmlMail_ReadsTheMailOfItsFirstMessage()
    {
        var requester = await RequesterAsync();
        var question = HtmlOnly(requester, "Vraag voor de client", "<p>Via de <b>client</b></p>");
        var ticket = await DeliverAsync(question);
        var client = new SupportClient(fixture.Gateway.Http, await fixture.Gateway.TokenAsync(requester));

        var read = await client.GetTicketAsync(ticket.Number);
        var mail = read.Entries.First(e => e.Kind == TicketEntryKind.Message).Mail;

        Assert.Equal("<p>Via de <b>client</b></p>", mail?.Html);
        Assert.Equal(question.MessageId, mail?.MessageId);
        Assert.Contains("Via de client", mail?.FullText, StringComparison.Ordinal);
    }
}
