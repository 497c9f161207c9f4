using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Retention;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain;

public sealed class TicketRetentionRulesTests
{
    private static readonly DateTimeOffset Opened = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TicketActor Staff = new("lies@vvsg.example", "Lies", IsStaff: true);
    private static readonly TicketActor Requester = new("an@gent.example", "An Peeters", IsStaff: false);

    private static TicketState Closed(DateTimeOffset closedAt)
    {
        var ticket = new TicketState();
        ticket.Open("2024-00007", new NewTicket("44021", "Casus van Jan Janssens", "Jan (0470 12 34 56) woont in de Veldstraat.", new TicketPerson(Requester.Name, Requester.Email), Opened));
        TicketWorkflow.Note(ticket, Staff, "Zelfde familie als vorig jaar.", Opened.AddHours(1));
        TicketWorkflow.Reply(ticket, Staff, "Beste An, we bellen u morgen.", Opened.AddHours(2));
        TicketWorkflow.Record(ticket, Requester, "Bijlage toegevoegd: verslag-janssens.pdf (12 KiB)", Opened.AddHours(3));
        ticket.Attachments.Add(new TicketAttachmentView("a1", "verslag-janssens.pdf", "application/pdf", 12_000, new TicketPerson(Requester.Name, Requester.Email), Opened.AddHours(3)));
        ticket.Status = TicketStatus.Closed;
        ticket.ClosedAt = closedAt;
        ticket.FirstResponseAt = Opened.AddHours(2);
        ticket.ResolvedAt = closedAt;
        return ticket;
    }

    [Fact]
    public void IsDue_OnlyClosedBeforeTheCutoff_NotHeldNotDone()
    {
        var cutoff = TicketRetentionRules.Cutoff(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero), 24);
        var old = Closed(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var recent = Closed(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var held = Closed(old.ClosedAt!.Value);
        held.LegalHold = true;
        var reopened = Closed(old.ClosedAt!.Value);
        reopened.Status = TicketStatus.Open;

        Assert.Equal(new DateTimeOffset(2024, 12, 3, 0, 0, 0, TimeSpan.Zero), cutoff);
        Assert.True(TicketRetentionRules.IsDue(old, cutoff));
        Assert.False(TicketRetentionRules.IsDue(recent, cutoff));
        Assert.False(TicketRetentionRules.IsDue(held, cutoff));
        Assert.False(TicketRetentionRules.IsDue(reopened, cutoff));
        TicketRetentionRules.Anonymise(old, 24, cutoff);
        Assert.False(TicketRetentionRules.IsDue(old, cutoff));
    }

    [Fact]
    public void IsDue_MergedOrLinked_FollowsTheTicketsOwnClock()
    {
        var now = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
        var merged = Closed(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        merged.Status = TicketStatus.Open;
        TicketHousekeeping.MarkMerged(merged, Staff, "2024-00008", new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero));
        var linked = Closed(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        linked.Links.Add("2024-00001");

        Assert.True(TicketRetentionRules.IsDue(merged, TicketRetentionRules.Cutoff(now, 24)));
        Assert.False(TicketRetentionRules.IsDue(linked, TicketRetentionRules.Cutoff(now, 24)));
        TicketRetentionRules.Anonymise(merged, 24, now);
        Assert.Equal(("2024-00008", "2024-00008"), (merged.MergedInto, merged.Links.Single()));
        Assert.Contains(merged.Entries, e => e.Body == "Samengevoegd met 2024-00008");
    }

    [Fact]
    public void Anonymise_RemovesTextsAndPeople_KeepsFiguresAndStaff()
    {
        var ticket = Closed(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        ticket.Category = "casusoverleg";
        ticket.Priority = TicketPriority.High;
        ticket.AssigneeEmail = Staff.Email;
        var (created, firstResponse, resolved, version, entries) = (ticket.CreatedAt, ticket.FirstResponseAt, ticket.ResolvedAt, ticket.Version, ticket.Entries.Count);
        var now = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

        var dropped = TicketRetentionRules.Anonymise(ticket, 24, now);

        Assert.Equal(1, dropped);
        Assert.Equal(TicketRetentionRules.Subject, ticket.Subject);
        Assert.Equal(TicketRetentionRules.ErasedPerson, ticket.Requester);
        Assert.Empty(ticket.Attachments);
        Assert.Equal(now, ticket.AnonymisedAt);
        Assert.Equal(version + 1, ticket.Version);
        Assert.Equal(("44021", "casusoverleg", TicketPriority.High, TicketStatus.Closed, Staff.Email), (ticket.MunicipalityNisCode, ticket.Category, ticket.Priority, ticket.Status, ticket.AssigneeEmail));
        Assert.Equal((created, firstResponse, resolved), (ticket.CreatedAt, ticket.FirstResponseAt, ticket.ResolvedAt));
        var everything = string.Join("\n", ticket.Entries.Select(e => $"{e.Author.Name} {e.Author.Email} {e.Body}"));
        foreach (var personal in (string[])["Janssens", "0470", "Veldstraat", "An Peeters", "an@gent.example", "familie", "Beste An", "verslag"])
        {
            Assert.DoesNotContain(personal, everything, StringComparison.Ordinal);
        }

        Assert.Contains(ticket.Entries, e => e.Author.Email == Staff.Email && e.ByStaff);
        Assert.Equal(entries + 1, ticket.Entries.Count);
        Assert.StartsWith("Geanonimiseerd na de bewaartermijn (24 maanden na sluiten)", ticket.Entries[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymise_KeepsSafeSystemEventsOnly()
    {
        var ticket = Closed(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        TicketWorkflow.Record(ticket, Staff, "Prioriteit: hoog", Opened.AddHours(4));
        TicketWorkflow.Record(ticket, TicketActor.System, "Afzender onbekend: geen persoon of maildomein van een gemeente. Kies de gemeente bij de triage.", Opened.AddHours(4));

        TicketRetentionRules.Anonymise(ticket, 24, Opened.AddYears(3));

        Assert.Contains(ticket.Entries, e => e.Body == "Prioriteit: hoog");
        Assert.DoesNotContain(ticket.Entries, e => e.Body.Contains("Bijlage toegevoegd", StringComparison.Ordinal));
    }

    [Fact]
    public void LegalHold_StaffOnly_NotOnceAnonymised()
    {
        var ticket = Closed(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var forbidden = Assert.Throws<SupportException>(() => TicketRetentionRules.SetLegalHold(ticket, Requester, hold: true, Opened));
        Assert.True(TicketRetentionRules.SetLegalHold(ticket, Staff, hold: true, Opened));
        Assert.False(TicketRetentionRules.SetLegalHold(ticket, Staff, hold: true, Opened));
        Assert.True(TicketRetentionRules.SetLegalHold(ticket, Staff, hold: false, Opened));
        TicketRetentionRules.Anonymise(ticket, 24, Opened.AddYears(3));
        var conflict = Assert.Throws<SupportException>(() => TicketRetentionRules.SetLegalHold(ticket, Staff, hold: true, Opened.AddYears(3)));

        Assert.Equal(SupportErrorCode.Forbidden, forbidden.Code);
        Assert.Equal(SupportErrorCode.Conflict, conflict.Code);
        Assert.Contains(ticket.Entries, e => e.Body.StartsWith("Juridische bewaring: ", StringComparison.Ordinal));
    }
}
