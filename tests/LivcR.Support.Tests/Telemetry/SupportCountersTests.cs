using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Telemetry;
using LivcR.Support.Tests.Infrastructure;
using LivcR.Support.Tests.MailChannel;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LivcR.Support.Tests.Telemetry;

[Collection(ClusterCollection.Name)]
public sealed class SlaBreachCounterTests(ClusterFixture fixture)
{
    private static readonly TicketActor Staff = new("staff@vvsg.example", "Staf", IsStaff: true);

    [Fact]
    public async Task SlaBreaches_AnUrgentTicketPastItsDueTime_IsCountedWhenEscalated()
    {
        var silo = (InProcessSiloHandle)fixture.Cluster.Primary!;
        using var breaches = new CounterProbe(silo.SiloHost.Services.GetRequiredService<SupportMetrics>().SlaBreaches);
        var view = await fixture.Grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("44021", "Dringend, telt als overschrijding", "Vraag", "An", "an@gent.example"));
        var ticket = fixture.Grains.GetGrain<ITicketGrain>(view.Number);
        var urgent = await ticket.TriageAsync(new TicketTriage(Staff, Priority: TicketPriority.Urgent));

        ClusterFixture.Clock.Advance((urgent.FirstResponseDue!.Value - ClusterFixture.Clock.GetUtcNow()) + TimeSpan.FromDays(4));
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();

        Assert.True((await ticket.GetAsync(TicketAudience.Staff))!.SlaBreached);
        // Other tickets of this shared cluster may pass their due time in the same sweep; this one is among those counted.
        Assert.True(await breaches.WaitForAsync(1) >= 1);
    }
}

[Collection(SeqCollection.Name)]
public sealed class MailCountersTests(SeqFixture fixture)
{
    [Fact]
    public async Task MailCounters_AMailThatOpensATicket_CountItInTheTicketAndTheAcknowledgementOut()
    {
        var metrics = fixture.Gateway.Services.GetRequiredService<SupportMetrics>();
        using var received = new CounterProbe(metrics.MailsIn);
        using var submitted = new CounterProbe(metrics.Submissions);
        using var sent = new CounterProbe(metrics.MailsOut);

        var mail = MailIntakeFixture.Compose($"An De Smet <{SeqFixture.Coordinator}>", "Vraag per mail " + Guid.NewGuid().ToString("N")[..8], "Tekst");
        await fixture.Imap.AppendAsync(MailIntakeFixture.User, MailIntakeFixture.Password, mail);

        Assert.Equal(1, await received.WaitForAsync(1, "mailbox=" + MailIntakeFixture.Mailbox, "outcome=NewTicket"));
        Assert.Equal(1, await submitted.WaitForAsync(1, "channel=mail"));
        Assert.True(await sent.WaitForAsync(1, "kind=Acknowledgement") >= 1, "The acknowledgement was counted as sent.");
    }
}
