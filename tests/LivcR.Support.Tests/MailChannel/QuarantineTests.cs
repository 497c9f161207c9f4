using System.Text.Json.Nodes;
using LivcR.Support.Contracts;
using LivcR.Support.Tests.Mail;
using MimeKit;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>Mail the intake cannot handle goes to the quarantine folder with a reason; staff see it, release it as a ticket or discard it.</summary>
[Collection(MailIntakeCollection.Name)]
public sealed class QuarantineTests(MailIntakeFixture fixture)
{
    private const string List = "query($s: QuarantineStatus) { mailQuarantine(status: $s, first: 100) { id messageId sender subject reason status canRelease ticketNumber decidedBy } }";

    private async Task<JsonNode> DataAsync(string document, object? variables)
    {
        var (_, body) = await fixture.Gateway.PostAsync(document, variables, await fixture.Gateway.TokenAsync(StaffMember));
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    private async Task<JsonNode> QuarantinedAsync(MimeMessage message, string status = "QUARANTINED") =>
        (await DataAsync(List, new { s = status }))["mailQuarantine"]!.AsArray().Single(m => m!["messageId"]?.GetValue<string>() == message.MessageId)!;

    [Fact]
    public async Task MailFromOurOwnAddress_IsQuarantinedWithItsReason_AndLeavesTheInbox()
    {
        var loop = Compose(Address, "Lus", "Een mail van onszelf.");

        await fixture.DeliverAsync(loop);
        var entry = await QuarantinedAsync(loop);

        Assert.Contains("eigen adres", entry["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Address, entry["sender"]!.GetValue<string>());
        Assert.True(entry["canRelease"]!.GetValue<bool>());
        Assert.Equal(1, await fixture.Imap.CountWithIdAsync(User, Password, "Quarantaine", loop.MessageId));
        Assert.Null(await fixture.TicketOfAsync(loop));
    }

    [Fact]
    public async Task BounceOfMailWeDidNotSend_IsQuarantined_AndFlagsNobody()
    {
        var victim = $"{Guid.NewGuid().ToString("N")[..8]}@gent.example";
        var forged = Parse(MailClassifierTests.Dsn($"{Guid.NewGuid():N}@elders.example", "Iets", (victim, "failed", "5.1.1", "smtp; 550 User unknown")));

        await fixture.DeliverAsync(forged);
        var entry = await QuarantinedAsync(forged);

        Assert.Contains("Afleverfout", entry["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null((await fixture.Grains.Person(victim).GetMailStatusAsync()).Undeliverable);
    }

    [Fact]
    public async Task Release_MakesATicketOfIt_Once()
    {
        var loop = Compose(Address, "Doorgestuurd door een collega", "Toch een echte vraag.");
        await fixture.DeliverAsync(loop);
        var entry = await QuarantinedAsync(loop);
        var id = entry["id"]!.GetValue<string>();

        var released = (await DataAsync("mutation($id: ID!) { releaseQuarantinedMail(id: $id) { status ticketNumber decidedBy } }", new { id }))["releaseQuarantinedMail"]!;
        var (_, again) = await fixture.Gateway.PostAsync("mutation($id: ID!) { releaseQuarantinedMail(id: $id) { status } }", new { id }, await fixture.Gateway.TokenAsync(StaffMember));
        var ticket = await fixture.TicketAsync(released["ticketNumber"]!.GetValue<string>());

        Assert.Equal("RELEASED", released["status"]!.GetValue<string>());
        Assert.Equal(StaffMember, released["decidedBy"]!.GetValue<string>());
        Assert.Equal("Doorgestuurd door een collega", ticket!.Subject);
        Assert.Equal("Toch een echte vraag.", Assert.Single(ticket.Messages).Body);
        Assert.Equal("CONFLICT", again["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain((await DataAsync(List, new { s = "QUARANTINED" }))["mailQuarantine"]!.AsArray(), m => m!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Discard_TakesItOffTheList_AndItCanNoLongerBeReleased()
    {
        var loop = Compose(Address, "Weg ermee", "Spam van onszelf.");
        await fixture.DeliverAsync(loop);
        var id = (await QuarantinedAsync(loop))["id"]!.GetValue<string>();

        var discarded = (await DataAsync("mutation($id: ID!) { discardQuarantinedMail(id: $id) { status canRelease } }", new { id }))["discardQuarantinedMail"]!;
        var (_, release) = await fixture.Gateway.PostAsync("mutation($id: ID!) { releaseQuarantinedMail(id: $id) { status } }", new { id }, await fixture.Gateway.TokenAsync(StaffMember));

        Assert.Equal("DISCARDED", discarded["status"]!.GetValue<string>());
        Assert.False(discarded["canRelease"]!.GetValue<bool>());
        Assert.Equal("CONFLICT", release["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("DISCARDED", (await QuarantinedAsync(loop, "DISCARDED"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TicketFromAnUnknownSender_ReadsWithoutMunicipality_UntilStaffChooseOne()
    {
        var mail = Compose($"{Guid.NewGuid().ToString("N")[..8]}@nergens.example", "Wie ben ik", "Vraag van een onbekende.");
        await fixture.DeliverAsync(mail);
        var number = (await fixture.TicketOfAsync(mail))!.Number;
        const string Read = "query($n: String!) { ticket(number: $n) { municipality { nisCode } tags } }";

        var before = (await DataAsync(Read, new { n = number }))["ticket"]!;
        var filed = (await DataAsync("mutation($n: String!) { setTicketMunicipality(number: $n, nisCode: \"71072\") { municipality { name } tags } }", new { n = number }))["setTicketMunicipality"]!;

        Assert.Null(before["municipality"]);
        Assert.Contains(before["tags"]!.AsArray(), t => t!.GetValue<string>() == "onbekende-afzender");
        Assert.Equal("Hasselt", filed["municipality"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain(filed["tags"]!.AsArray(), t => t!.GetValue<string>() == "onbekende-afzender");
    }

    [Fact]
    public async Task Mailboxes_AndHealthDetails_ShowTheConnectedReader()
    {
        var mailboxes = (await DataAsync("{ mailboxes { name state waitsWithIdle description lastCheckedAt } }", null))["mailboxes"]!.AsArray();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await fixture.Gateway.Http.SendAsync(request);
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var reader = Assert.Single(mailboxes)!;
        Assert.Equal(Mailbox, reader["name"]!.GetValue<string>());
        Assert.Equal("CONNECTED", reader["state"]!.GetValue<string>());
        Assert.True(reader["waitsWithIdle"]!.GetValue<bool>());
        Assert.DoesNotContain(Password, reader["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Healthy", health["checks"]!["mailboxes"]!["status"]!.GetValue<string>());
        Assert.Equal("Connected", health["checks"]!["mailboxes"]!["data"]![Mailbox]!["state"]!.GetValue<string>());
    }
}
