using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Outbox;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>The SLA sweeper's escalation reaches the assignee by mail (the cluster has no SMTP server: the mail is held in the outbox).</summary>
[Collection(ClusterCollection.Name)]
public sealed class EscalationMailTests(ClusterFixture fixture)
{
    private static readonly TicketActor Staff = new("staff@vvsg.example", "Staf", IsStaff: true);

    [Fact]
    public async Task BreachedSla_MailsTheAssigneeOnce()
    {
        var assignee = $"els-{Guid.NewGuid().ToString("N")[..8]}@vvsg.example";
        var view = await fixture.Grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("44021", "Dringend, niemand antwoordt", "Vraag", "An", "an@gent.example"));
        var ticket = fixture.Grains.GetGrain<ITicketGrain>(view.Number);
        var urgent = await ticket.TriageAsync(new TicketTriage(Staff, Priority: TicketPriority.Urgent, AssigneeEmail: assignee));

        ClusterFixture.Clock.Advance((urgent.FirstResponseDue!.Value - DateTimeOffset.UtcNow) + TimeSpan.FromDays(4));
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();
        var persistence = Options.Create(new PersistenceOptions { Provider = PersistenceProvider.Sqlite, SqlitePath = ClusterFixture.DatabasePath });
        await using var writer = new BatchedWriter(persistence);
        var mails = (await new OutboxStore(persistence, writer).ListAsync(null, 500)).Where(m => m.Recipient == assignee).ToList();

        var escalation = Assert.Single(mails);
        Assert.Equal(OutboundMailKind.Escalation, escalation.Kind);
        Assert.Equal($"[VVSG #{view.Number}] SLA-termijn overschreden: Dringend, niemand antwoordt", escalation.Subject);
        Assert.Equal(OutboxMailStatus.Held, escalation.Status);
    }
}
