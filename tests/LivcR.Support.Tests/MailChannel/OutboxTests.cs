using System.Text.Json.Nodes;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Silo.Mail.Threading;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>The durable outbox against a real SMTP peer: what is sent, with which headers, and that nothing is lost while SMTP is down.</summary>
public sealed class OutboxTests : IDisposable
{
    private const string OutboxQuery = "query($s: OutboxMailStatus) { mailOutbox(status: $s, first: 50) { id status attempts lastError recipient subject messageId ticketNumber kind } }";
    private readonly TempDirectory _data = new();

    private string Database => _data.File("outbox.db");

    public void Dispose() => _data.Dispose();

    private static Dictionary<string, string> Settings(int smtpPort, int maxAttempts = 10, int maxAutomatic = 20) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "radicalisering@vvsg.example",
        ["Smtp:TimeoutSeconds"] = "5",
        ["Mail:MessageIdSecret"] = "outbox tests: a secret that is long enough for HMAC",
        ["Mail:Outbox:RetryBaseSeconds"] = "1",
        ["Mail:Outbox:RetryMaxSeconds"] = "2",
        ["Mail:Outbox:PollSeconds"] = "1",
        ["Mail:Outbox:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Outbox:MaxAutomaticPerAddressPerHour"] = maxAutomatic.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<JsonArray> OutboxAsync(GatewayHost gateway, string token, string? status = null)
    {
        var (_, body) = await gateway.PostAsync(OutboxQuery, new { s = status }, token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["mailOutbox"]!.AsArray();
    }

    private static async Task<JsonNode> WaitForEntryAsync(GatewayHost gateway, string token, Func<JsonNode, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var hit = (await OutboxAsync(gateway, token)).FirstOrDefault(e => match(e!));
            if (hit is not null)
            {
                return hit;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException("The outbox never showed the expected entry: " + (await OutboxAsync(gateway, token)).ToJsonString());
            }

            await Task.Delay(200);
        }
    }

    private static string Address() => $"{Guid.NewGuid().ToString("N")[..10]}@gent.example";

    [Fact]
    public async Task SmtpDown_MailWaitsWithRetries_AndAfterARestartWithSmtpUpIsSentExactlyOnce()
    {
        var port = FreePort.Next();
        var to = Address();
        await using (var gateway = await GatewayHost.StartStandaloneAsync(Database, Settings(port)))
        {
            var token = await gateway.StaffTokenAsync();
            await gateway.Services.GetRequiredService<IMailOutbox>().EnqueueAsync(new OutboundMail(to, "Antwoord op je vraag", "Dag An, hier is ons antwoord.", OutboundMailKind.StaffReply, "2026-00042"));

            var waiting = await WaitForEntryAsync(gateway, token, e => e["recipient"]!.GetValue<string>() == to && e["attempts"]!.GetValue<int>() >= 2, TimeSpan.FromSeconds(30));

            Assert.Equal("PENDING", waiting["status"]!.GetValue<string>());
            Assert.Contains("mislukt", waiting["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        await using var smtp = new SmtpPeer(port);
        await using (var restarted = await GatewayHost.StartStandaloneAsync(Database, Settings(port)))
        {
            var mail = await smtp.WaitForAsync(to, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(3));
            var token = await restarted.StaffTokenAsync();
            var entry = (await OutboxAsync(restarted, token)).Single(e => e!["recipient"]!.GetValue<string>() == to)!;

            Assert.NotNull(mail);
            Assert.Equal("[VVSG #2026-00042] Antwoord op je vraag", mail.Subject);
            Assert.Equal("Dag An, hier is ons antwoord.", mail.TextBody?.Trim());
            Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == to));
            Assert.Equal("SENT", entry["status"]!.GetValue<string>());
            Assert.Equal(mail.MessageId, entry["messageId"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task AfterTheLastAttempt_MailIsFailedForStaff_AndRetryingSendsIt()
    {
        var port = FreePort.Next();
        var to = Address();
        await using var gateway = await GatewayHost.StartStandaloneAsync(Database, Settings(port, maxAttempts: 2));
        var token = await gateway.StaffTokenAsync();
        await gateway.Services.GetRequiredService<IMailOutbox>().EnqueueAsync(new OutboundMail(to, "Status", "Je vraag is opgelost.", OutboundMailKind.StatusNotification, "2026-00043"));

        var failed = await WaitForEntryAsync(gateway, token, e => e["recipient"]!.GetValue<string>() == to && e["status"]!.GetValue<string>() == "FAILED", TimeSpan.FromSeconds(30));
        var listedAsFailed = await OutboxAsync(gateway, token, "FAILED");
        await using var smtp = new SmtpPeer(port);
        var (_, retried) = await gateway.PostAsync("mutation($id: ID!) { retryOutboxMail(id: $id) { status attempts } }", new { id = failed["id"]!.GetValue<string>() }, token);
        var mail = await smtp.WaitForAsync(to, TimeSpan.FromSeconds(20));
        var (_, again) = await gateway.PostAsync("mutation($id: ID!) { retryOutboxMail(id: $id) { status } }", new { id = failed["id"]!.GetValue<string>() }, token);

        Assert.Equal(2, failed["attempts"]!.GetValue<int>());
        Assert.Contains(listedAsFailed, e => e!["id"]!.GetValue<string>() == failed["id"]!.GetValue<string>());
        Assert.Equal("PENDING", retried["data"]!["retryOutboxMail"]!["status"]!.GetValue<string>());
        Assert.Equal(0, retried["data"]!["retryOutboxMail"]!["attempts"]!.GetValue<int>());
        Assert.NotNull(mail);
        Assert.Equal("CONFLICT", again["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task MailsOfOneTicket_CarrySignedIdsAndAThread_AndAnIdempotencyKeySendsOnce()
    {
        await using var smtp = new SmtpPeer();
        await using var gateway = await GatewayHost.StartStandaloneAsync(Database, Settings(smtp.Port));
        var outbox = gateway.Services.GetRequiredService<IMailOutbox>();
        var signer = gateway.Services.GetRequiredService<MessageIdSigner>();
        var to = Address();

        await outbox.EnqueueAsync(new OutboundMail(to, "Ontvangen", "Je vraag is goed aangekomen.", OutboundMailKind.Acknowledgement, "2026-00044", InReplyTo: "vraag-1@gent.example", IdempotencyKey: "ack/2026-00044"));
        await outbox.EnqueueAsync(new OutboundMail(to, "Ontvangen", "Je vraag is goed aangekomen.", OutboundMailKind.Acknowledgement, "2026-00044", InReplyTo: "vraag-1@gent.example", IdempotencyKey: "ack/2026-00044"));
        var first = await smtp.WaitForAsync(to, TimeSpan.FromSeconds(20));
        await outbox.EnqueueAsync(new OutboundMail(to, "Antwoord", "Ons antwoord.", OutboundMailKind.StaffReply, "2026-00044"));
        var second = await smtp.WaitForAsync(to, TimeSpan.FromSeconds(20), skip: 1);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(2, smtp.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == to)));
        Assert.Equal("auto-replied", first.Headers["Auto-Submitted"]);
        Assert.Equal("All", first.Headers["X-Auto-Response-Suppress"]);
        Assert.Equal("vraag-1@gent.example", first.InReplyTo);
        Assert.True(signer.TryVerify(first.MessageId, out var ticket));
        Assert.Equal("2026-00044", ticket.ToString());
        Assert.Null(second.Headers["Auto-Submitted"]);
        Assert.Equal(first.MessageId, second.InReplyTo);
        Assert.Equal(new[] { "vraag-1@gent.example", first.MessageId! }, second.References.ToArray());
    }

    [Fact]
    public async Task LoopGuard_SuppressesAnswersToOurOwnAddress_UndeliverableAddresses_AndAutomaticMailPastTheLimit()
    {
        await using var smtp = new SmtpPeer();
        await using var gateway = await GatewayHost.StartStandaloneAsync(Database, Settings(smtp.Port, maxAutomatic: 2));
        var outbox = gateway.Services.GetRequiredService<IMailOutbox>();
        var token = await gateway.StaffTokenAsync();
        var busy = Address();
        var bounced = Address();
        await gateway.Services.GetRequiredService<IGrainFactory>().Person(bounced).MarkUndeliverableAsync("5.1.1 smtp; 550 user unknown");

        await outbox.EnqueueAsync(new OutboundMail("Radicalisering@vvsg.example", "Ontvangen", "T", OutboundMailKind.Acknowledgement, "2026-00045"));
        await outbox.EnqueueAsync(new OutboundMail(bounced, "Antwoord", "T", OutboundMailKind.StaffReply, "2026-00046"));
        for (var i = 0; i < 3; i++)
        {
            await outbox.EnqueueAsync(new OutboundMail(busy, $"Status {i}", "T", OutboundMailKind.StatusNotification, "2026-00047"));
            await smtp.WaitForAsync(busy, TimeSpan.FromSeconds(i < 2 ? 20 : 3), skip: i);
        }

        var own = await WaitForEntryAsync(gateway, token, e => e["ticketNumber"]?.GetValue<string>() == "2026-00045" && e["status"]!.GetValue<string>() == "SUPPRESSED", TimeSpan.FromSeconds(20));
        var undeliverable = await WaitForEntryAsync(gateway, token, e => e["recipient"]!.GetValue<string>() == bounced && e["status"]!.GetValue<string>() == "SUPPRESSED", TimeSpan.FromSeconds(20));
        var limited = await WaitForEntryAsync(gateway, token, e => e["recipient"]!.GetValue<string>() == busy && e["status"]!.GetValue<string>() == "SUPPRESSED", TimeSpan.FromSeconds(20));

        Assert.Contains("lusbeveiliging", own["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("onbestelbaar", undeliverable["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[VVSG #2026-00047] Status 2", limited["subject"]!.GetValue<string>());
        Assert.Equal(2, smtp.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == busy)));
        Assert.DoesNotContain(smtp.Received, m => m.To.Mailboxes.Any(a => a.Address is "radicalisering@vvsg.example" || a.Address == bounced));
    }

    [Fact]
    public async Task WithoutAnSmtpServer_MailIsHeldNotLost()
    {
        await using var gateway = await GatewayHost.StartStandaloneAsync(Database, new Dictionary<string, string> { ["Mail:MessageIdSecret"] = "outbox tests: a secret that is long enough for HMAC" });
        var token = await gateway.StaffTokenAsync();
        var to = Address();

        await gateway.Services.GetRequiredService<IMailOutbox>().EnqueueAsync(new OutboundMail(to, "Antwoord", "T", OutboundMailKind.StaffReply, "2026-00048"));
        var held = (await OutboxAsync(gateway, token, "HELD")).Single(e => e!["recipient"]!.GetValue<string>() == to)!;

        Assert.Contains("Geen SMTP-server", held["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
