using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
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

    [Fact]
    public async Task EscalatedTicket_MailsItsAssigneeOnce_WithoutTheQuestion()
    {
        var view = await fixture.Grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("71072", "Escalatie met toegewezen collega", "Vertrouwelijke inhoud van de vraag", "Jan", "jan@hasselt.example"));
        var ticket = fixture.Grains.GetGrain<ITicketGrain>(view.Number);
        var high = await ticket.TriageAsync(new TicketTriage(Staff, Priority: TicketPriority.High, AssigneeEmail: "behandelaar@vvsg.example"));

        ClusterFixture.Clock.Advance((high.FirstResponseDue!.Value - ClusterFixture.Clock.GetUtcNow()) + TimeSpan.FromDays(4));
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();
        await fixture.Grains.GetGrain<ITicketSweeperGrain>("tickets").SweepAsync();
        var mail = await ClusterFixture.Mail.WaitForAsync("behandelaar@vvsg.example", TimeSpan.FromSeconds(10));
        var second = await ClusterFixture.Mail.WaitForAsync("behandelaar@vvsg.example", TimeSpan.FromSeconds(1), skip: 1);

        Assert.NotNull(mail);
        Assert.Contains(view.Number, mail.Subject, StringComparison.Ordinal);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.DoesNotContain("Vertrouwelijke inhoud", mail.TextBody, StringComparison.Ordinal);
        Assert.Null(second);
    }

    [Fact]
    public void EscalationNotice_Unassigned_GoesToTheEscalationRecipients()
    {
        var state = new LivcR.Support.Silo.Tickets.TicketState();
        state.Open("2026-00777", new NewTicket("44021", "Niemand wijst toe", "Tekst", new TicketPerson("An", "an@gent.example"), DateTimeOffset.UtcNow));

        var mails = LivcR.Support.Silo.Tickets.EscalationNotice.For(state, DateTimeOffset.UtcNow, ["staf@vvsg.example", "STAF@vvsg.example", " "], TimeZoneInfo.Utc);
        var none = LivcR.Support.Silo.Tickets.EscalationNotice.For(state, null, [], TimeZoneInfo.Utc);

        Assert.Equal(["staf@vvsg.example"], mails.Select(m => m.To));
        Assert.Equal(OutboundMailKind.Escalation, mails[0].Kind);
        Assert.Equal("2026-00777", mails[0].TicketNumber);
        Assert.Empty(none);
    }
}
