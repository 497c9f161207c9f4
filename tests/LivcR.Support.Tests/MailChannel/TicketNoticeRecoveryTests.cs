using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Outbox;
using LivcR.Support.Silo.Tickets;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>
/// A process that stops in the middle of a ticket's save, started again on the same database with SMTP up: a change
/// that was written is mailed exactly once, a change that was not written is never mailed.
/// </summary>
public sealed class TicketNoticeRecoveryTests : IDisposable
{
    private static readonly TicketActor Staff = new("els@vvsg.example", "Els Janssens", IsStaff: true);
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private static Dictionary<string, string> Settings(int smtpPort) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "radicalisering@vvsg.example",
        ["Smtp:TimeoutSeconds"] = "5",
        ["Mail:MessageIdSecret"] = "ticket notice tests: a secret that is long enough for HMAC",
        ["Mail:PortalBaseUrl"] = "https://helpdesk.vvsg.example",
        ["Mail:Outbox:PollSeconds"] = "1",
        ["Mail:Outbox:RetryBaseSeconds"] = "1",
        ["Mail:Outbox:RetryMaxSeconds"] = "2",
    };

    /// <summary>
    /// Opens a ticket, then stops the process while a staff reply's save is at <paramref name="step"/> (nothing after that
    /// point runs). SMTP is down all along, so nothing leaves this first process.
    /// </summary>
    private static async Task<string> StopDuringReplyAsync(string database, int smtpPort, TicketWriteStep step, string requester, string reply)
    {
        var first = await GatewayHost.StartStandaloneAsync(database, Settings(smtpPort));
        var grains = first.Services.GetRequiredService<IGrainFactory>();
        var number = (await grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("44021", "Vraag tijdens een herstart", "Een vraag.", "An", requester))).Number;
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new CancellationTokenSource();
        first.Services.GetRequiredService<TicketWriteHooks>().OnStep = async (at, ticket) =>
        {
            if (at == step && ticket == number)
            {
                reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, release.Token);
            }
        };

        var replying = grains.GetGrain<ITicketGrain>(number).ReplyAsync(new TicketReply(Staff, reply, null));
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = first.DisposeAsync().AsTask();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await release.CancelAsync();
        await stopping;
        await Assert.ThrowsAnyAsync<Exception>(() => replying);
        return number;
    }

    private static string Requester() => $"{Guid.NewGuid().ToString("N")[..10]}@gent.example";

    [Fact]
    public async Task ProcessStoppingRightAfterTheTicketWrite_MailsTheReplyExactlyOnceAfterTheRestart()
    {
        var port = FreePort.Next();
        var requester = Requester();
        var database = _data.File("after-write.db");
        var number = await StopDuringReplyAsync(database, port, TicketWriteStep.AfterStateWrite, requester, "Dit antwoord werd opgeslagen vlak voor de herstart.");

        await using var smtp = new SmtpPeer(port);
        await using var second = await GatewayHost.StartStandaloneAsync(database, Settings(port));
        var first = await smtp.WaitForAsync(requester, TimeSpan.FromSeconds(30));
        var next = await smtp.WaitForAsync(requester, TimeSpan.FromSeconds(30), skip: 1);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var ticket = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<ITicketGrain>(number).GetAsync(TicketAudience.Staff);
        var mails = smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == requester)).ToList();

        Assert.NotNull(first);
        Assert.NotNull(next);
        Assert.Equal("Dit antwoord werd opgeslagen vlak voor de herstart.", ticket!.Messages[^1].Body);
        Assert.Equal(2, mails.Count);
        Assert.Single(mails, m => m.TextBody?.StartsWith("Dit antwoord werd opgeslagen", StringComparison.Ordinal) == true);
        Assert.Single(mails, m => m.Subject == $"[VVSG #{number}] Je vraag is goed aangekomen");
    }

    [Fact]
    public async Task AcknowledgementHeldWithoutSmtp_IsRenderedInTheRequestersLanguage_WhenStaffSendItLater()
    {
        var requester = Requester();
        var database = _data.File("held.db");
        string number;
        OutboxEntry held;
        await using (var first = await GatewayHost.StartStandaloneAsync(database, new Dictionary<string, string> { ["Mail:MessageIdSecret"] = "ticket notice tests: a secret that is long enough for HMAC" }))
        {
            var grains = first.Services.GetRequiredService<IGrainFactory>();
            await grains.Person(requester).SaveProfileAsync("Anne");
            await grains.Person(requester).SetMailLanguageAsync(MailLanguage.En);
            number = (await grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("44021", "Vraag zonder mailserver", "Een vraag.", "Anne", requester))).Number;
            held = (await first.Services.GetRequiredService<OutboxStore>().ListAsync(OutboxMailStatus.Held, 100)).Single(e => e.TicketNumber == number);
        }

        await using var smtp = new SmtpPeer();
        await using var second = await GatewayHost.StartStandaloneAsync(database, Settings(smtp.Port));
        var (_, retried) = await second.PostAsync("mutation($id: ID!) { retryOutboxMail(id: $id) { status } }", new { id = held.Id }, await second.StaffTokenAsync());
        var ack = await smtp.WaitForAsync(requester, TimeSpan.FromSeconds(30));
        OutboxEntry? sent = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(10); sent?.Status != OutboxMailStatus.Sent && DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            // The SMTP peer has the mail a moment before the outbox records it as sent.
            sent = await second.Services.GetRequiredService<OutboxStore>().FindAsync(held.Id);
        }

        Assert.True(retried["errors"] is null, retried.ToJsonString());
        Assert.Equal($"[VVSG #{number}] Vraag zonder mailserver", held.Subject);
        Assert.Equal($"[VVSG #{number}] Your question has been received", ack!.Subject);
        Assert.Contains($"Its number is {number}", ack.TextBody, StringComparison.Ordinal);
        Assert.Equal(held.MessageId, ack.MessageId);
        Assert.Equal(OutboxMailStatus.Sent, sent!.Status);
        Assert.Equal(ack.Subject, sent.Subject);
    }

    [Fact]
    public async Task ProcessStoppingAfterStagingBeforeTheTicketWrite_NeverMailsTheReply_AndTheOutboxSaysWhy()
    {
        var port = FreePort.Next();
        var requester = Requester();
        var database = _data.File("before-write.db");
        var number = await StopDuringReplyAsync(database, port, TicketWriteStep.BeforeStateWrite, requester, "Dit antwoord werd nooit opgeslagen.");

        await using var smtp = new SmtpPeer(port);
        await using var second = await GatewayHost.StartStandaloneAsync(database, Settings(port));
        var ack = await smtp.WaitForAsync(requester, TimeSpan.FromSeconds(30));
        var outbox = second.Services.GetRequiredService<OutboxStore>();
        OutboxEntry? reply = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); reply?.Status != OutboxMailStatus.Suppressed && DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            reply = (await outbox.ListAsync(null, 100)).SingleOrDefault(e => e.TicketNumber == number && e.Kind == OutboundMailKind.StaffReply);
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        var ticket = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<ITicketGrain>(number).GetAsync(TicketAudience.Staff);
        var retry = await second.PostAsync("mutation($id: ID!) { retryOutboxMail(id: $id) { status } }", new { id = reply!.Id }, await second.StaffTokenAsync());

        Assert.Equal($"[VVSG #{number}] Je vraag is goed aangekomen", ack!.Subject);
        Assert.Equal(["Een vraag."], ticket!.Messages.Select(m => m.Body).ToArray());
        Assert.Equal(OutboxMailStatus.Suppressed, reply.Status);
        Assert.Equal(OutboxDelivery.UnstoredReason, reply.LastError);
        Assert.Single(smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == requester));
        Assert.Equal("CONFLICT", retry.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
