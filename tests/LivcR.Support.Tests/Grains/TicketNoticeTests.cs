using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Outbox;
using LivcR.Support.Silo.Tickets;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Orleans.TestingHost;

namespace LivcR.Support.Tests.Grains;

/// <summary>
/// A ticket change and its mail: a change whose write fails leaves nothing behind (not in the ticket, not in the
/// requester's mailbox), a change whose caller never hears back after the write is still mailed, once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TicketNoticeTests(ClusterFixture fixture) : IDisposable
{
    private static readonly TicketActor Staff = new("els@vvsg.example", "Els Janssens", IsStaff: true);

    private IServiceProvider Silo => ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost!.Services;

    private TicketWriteHooks Hooks => Silo.GetRequiredService<TicketWriteHooks>();

    public void Dispose() => Hooks.OnStep = null;

    private static string Requester() => $"{Guid.NewGuid().ToString("N")[..10]}@gent.example";

    private async Task<(ITicketGrain Ticket, string Number, string Requester)> AcknowledgedTicketAsync(string subject)
    {
        var requester = Requester();
        var view = await fixture.Grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("44021", subject, "Een vraag.", "An", requester));
        Assert.NotNull(await ClusterFixture.Mail.WaitForAsync(requester, TimeSpan.FromSeconds(20)));
        return (fixture.Grains.GetGrain<ITicketGrain>(view.Number), view.Number, requester);
    }

    /// <summary>Makes the save of this ticket fail once at <paramref name="step"/>.</summary>
    private void FailOnce(TicketWriteStep step, string number)
    {
        var failed = 0;
        Hooks.OnStep = (at, ticket) => at == step && ticket == number && Interlocked.Increment(ref failed) == 1
            ? throw new IOException("simulated failure of the ticket's save")
            : Task.CompletedTask;
    }

    private static IReadOnlyList<MimeMessage> MailsTo(string address) =>
        ClusterFixture.Mail.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == address)).ToList();

    private async Task<OutboxEntry> OutboxEntryAsync(string number, OutboundMailKind kind, OutboxMailStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var entries = await Silo.GetRequiredService<OutboxStore>().ListAsync(status, 500);
            if (entries.FirstOrDefault(e => e.TicketNumber == number && e.Kind == kind) is { } entry)
            {
                return entry;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"No {status} {kind} mail of {number} in the outbox.");
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task StaffReply_WhoseWriteFails_NeverSurfacesLater_AndIsNeverMailed()
    {
        var (ticket, number, requester) = await AcknowledgedTicketAsync("Antwoord dat niet opgeslagen wordt");
        var before = (await ticket.GetAsync(TicketAudience.Staff))!;
        FailOnce(TicketWriteStep.BeforeStateWrite, number);

        await Assert.ThrowsAnyAsync<Exception>(() => ticket.ReplyAsync(new TicketReply(Staff, "Dit antwoord ging verloren.", before.Version)));
        var afterFailure = await ticket.GetAsync(TicketAudience.Staff);
        var second = await ticket.ReplyAsync(new TicketReply(Staff, "Dit antwoord is opgeslagen.", before.Version));
        var mailed = await ClusterFixture.Mail.WaitForAsync(requester, TimeSpan.FromSeconds(20), skip: 1);
        var suppressed = await OutboxEntryAsync(number, OutboundMailKind.StaffReply, OutboxMailStatus.Suppressed);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(before.Version, afterFailure!.Version);
        Assert.Equal(before.Entries.Count, afterFailure.Entries.Count);
        Assert.Equal(["Een vraag.", "Dit antwoord is opgeslagen."], second.Messages.Select(m => m.Body).ToArray());
        Assert.StartsWith("Dit antwoord is opgeslagen.", mailed!.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, MailsTo(requester).Count);
        Assert.DoesNotContain(MailsTo(requester), m => m.TextBody?.Contains("verloren", StringComparison.Ordinal) == true);
        Assert.Equal(OutboxDelivery.UnstoredReason, suppressed.LastError);
    }

    [Fact]
    public async Task SaveFailingRightAfterTheStateWrite_StillMailsTheChange_Once()
    {
        var (ticket, number, requester) = await AcknowledgedTicketAsync("Antwoord waarvan de beller niets hoort");
        FailOnce(TicketWriteStep.AfterStateWrite, number);

        await Assert.ThrowsAnyAsync<Exception>(() => ticket.ReplyAsync(new TicketReply(Staff, "Dit antwoord is opgeslagen, de beller weet het niet.", null)));
        var after = await ticket.GetAsync(TicketAudience.Staff);
        var mailed = await ClusterFixture.Mail.WaitForAsync(requester, TimeSpan.FromSeconds(20), skip: 1);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal("Dit antwoord is opgeslagen, de beller weet het niet.", after!.Messages[^1].Body);
        Assert.StartsWith("Dit antwoord is opgeslagen", mailed!.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, MailsTo(requester).Count);
        Assert.Equal($"[VVSG #{number}] Antwoord op je vraag: Antwoord waarvan de beller niets hoort", mailed.Subject);
        Assert.Equal(OutboxMailStatus.Sent, (await OutboxEntryAsync(number, OutboundMailKind.StaffReply, OutboxMailStatus.Sent)).Status);
    }

    [Fact]
    public async Task TriageFailingHalfway_LeavesNoStatusChangeInMemory_AndMailsNothing()
    {
        var (ticket, _, requester) = await AcknowledgedTicketAsync("Triage met een onbekende categorie");
        var before = await ticket.GetAsync(TicketAudience.Staff);

        var refused = await Assert.ThrowsAsync<SupportException>(() => ticket.TriageAsync(new TicketTriage(Staff, Status: TicketStatus.Resolved, Category: "bestaat-niet")));
        var after = await ticket.GetAsync(TicketAudience.Staff);
        var note = await ticket.AddNoteAsync(new TicketReply(Staff, "Volgende wijziging.", null));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(SupportErrorCode.BadUserInput, refused.Code);
        Assert.Equal(before!.Status, after!.Status);
        Assert.Equal(before.Entries.Count, after.Entries.Count);
        Assert.Equal(before.Status, note.Status);
        Assert.DoesNotContain(note.Entries, e => e.Body.StartsWith("Status:", StringComparison.Ordinal));
        Assert.Single(MailsTo(requester));
    }

    [Fact]
    public async Task SentMail_ItsTokenIsForgotten_SoTheTicketDoesNotGrowWithEveryMail()
    {
        var (ticket, number, _) = await AcknowledgedTicketAsync("Tokens na verzending");
        var sent = await OutboxEntryAsync(number, OutboundMailKind.Acknowledgement, OutboxMailStatus.Sent);
        var token = Guid.ParseExact(sent.Id.Split('/')[^1], "N");

        var held = true;
        for (var deadline = DateTime.UtcNow.AddSeconds(10); held && DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            held = await ticket.HoldsNoticeAsync(token);
        }

        Assert.False(held);
    }
}
