using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class TicketDeadlineTests(ClusterFixture fixture)
{
    private static readonly TicketActor Staff = new("staff@vvsg.example", "Staf", IsStaff: true);

    private async Task<ITicketGrain> NewTicketAsync(string subject)
    {
        var view = await fixture.Grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("44021", subject, "Vraag", "An", "an@gent.example"));
        return fixture.Grains.GetGrain<ITicketGrain>(view.Number);
    }

    [Fact]
    public async Task ResolvedTicket_QuietForSevenDays_ClosesByItself()
    {
        var ticket = await NewTicketAsync("Wordt vanzelf gesloten");
        await ticket.TriageAsync(new TicketTriage(Staff, Status: TicketStatus.Resolved));

        ClusterFixture.Clock.Advance(TimeSpan.FromDays(6));
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();
        var stillResolved = await ticket.GetAsync(TicketAudience.Staff);
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(2));
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();
        var closed = await ticket.GetAsync(TicketAudience.Staff);

        Assert.Equal(TicketStatus.Resolved, stillResolved!.Status);
        Assert.Equal(TicketStatus.Closed, closed!.Status);
        Assert.Contains(closed.Entries, e => e.Body.StartsWith("Automatisch gesloten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UrgentTicket_WithoutAnswerPastItsDueTime_IsEscalatedOnce()
    {
        var ticket = await NewTicketAsync("Dringend zonder antwoord");
        var urgent = await ticket.TriageAsync(new TicketTriage(Staff, Priority: TicketPriority.Urgent));
        Assert.NotNull(urgent.FirstResponseDue);

        ClusterFixture.Clock.Advance((urgent.FirstResponseDue!.Value - DateTimeOffset.UtcNow) + TimeSpan.FromDays(4));
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();
        var escalated = await ticket.GetAsync(TicketAudience.Staff);

        Assert.True(escalated!.SlaBreached);
        Assert.Single(escalated.Entries, e => e.Body.StartsWith("SLA-termijn overschreden", StringComparison.Ordinal));
    }
}
