using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain;

public sealed class TicketHousekeepingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly TicketActor Staff = new("staff@vvsg.example", "Staf", IsStaff: true);

    private static TicketState Ticket(string number = "2026-00001")
    {
        var state = new TicketState();
        state.Open(number, new NewTicket("44021", "Vraag", "Tekst", new TicketPerson("An", "an@gent.example"), Now));
        return state;
    }

    [Fact]
    public void CheckMerge_IntoItselfOrByMunicipality_IsRefused()
    {
        var ticket = Ticket();

        Assert.Equal(SupportErrorCode.BadUserInput, Assert.Throws<SupportException>(() => TicketHousekeeping.CheckMerge(ticket, Staff, "2026-00001")).Code);
        Assert.Equal(SupportErrorCode.Forbidden, Assert.Throws<SupportException>(() => TicketHousekeeping.CheckMerge(ticket, Staff with { IsStaff = false }, "2026-00002")).Code);
    }

    [Fact]
    public void Absorb_CopiesMessagesWithTheirOriginAndLinks()
    {
        var source = Ticket("2026-00002");
        var target = Ticket();

        TicketHousekeeping.Absorb(target, "2026-00002", TicketHousekeeping.EntriesToHandOver(source), Now);
        TicketHousekeeping.MarkMerged(source, Staff, "2026-00001", Now);

        Assert.Contains(target.Entries, e => e.Body == "[uit 2026-00002] Tekst");
        Assert.Contains("2026-00002", target.Links);
        Assert.Equal("2026-00001", source.MergedInto);
        Assert.Equal(TicketStatus.Closed, source.Status);
    }

    [Fact]
    public void Absorb_AMessageThatCameByMail_StaysTiedToItsMail()
    {
        var source = Ticket("2026-00002");
        source.Entries[0].MailKey = "vraag@gent.example";
        var target = Ticket();

        TicketHousekeeping.Absorb(target, "2026-00002", TicketHousekeeping.EntriesToHandOver(source), Now);

        Assert.Equal("vraag@gent.example", target.Entries.Single(e => e.Body == "[uit 2026-00002] Tekst").MailKey);
        Assert.Null(target.Entries[0].MailKey);
    }

    [Fact]
    public void Attach_PastThePerTicketLimit_IsRefused()
    {
        var ticket = Ticket();
        var file = new TicketAttachmentView("a", "a.pdf", "application/pdf", 600, new TicketPerson("An", "an@gent.example"), Now);

        TicketHousekeeping.Attach(ticket, Staff, file, maxTotalBytes: 1000, Now);
        var error = Assert.Throws<SupportException>(() => TicketHousekeeping.Attach(ticket, Staff, file with { Id = "b" }, maxTotalBytes: 1000, Now));

        Assert.Equal("content", error.Field);
        Assert.Single(ticket.Attachments);
    }

    [Fact]
    public void Attach_Internal_OnlyStaffAndAsAnInternalNote()
    {
        var ticket = Ticket();
        var file = new TicketAttachmentView("a", "analyse.pdf", "application/pdf", 600, new TicketPerson("Staf", "staff@vvsg.example"), Now, Internal: true);

        var refused = Assert.Throws<SupportException>(() => TicketHousekeeping.Attach(ticket, Staff with { IsStaff = false }, file, maxTotalBytes: 1000, Now));
        TicketHousekeeping.Attach(ticket, Staff, file, maxTotalBytes: 1000, Now);

        Assert.Equal(SupportErrorCode.Forbidden, refused.Code);
        var recorded = ticket.Entries[^1];
        Assert.Equal(TicketEntryKind.InternalNote, recorded.Kind);
        Assert.StartsWith("Interne bijlage toegevoegd: analyse.pdf", recorded.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDeadlines_EscalatesOnlyOnce()
    {
        var ticket = Ticket();

        Assert.Equal(DeadlineOutcome.Escalated, TicketHousekeeping.CheckDeadlines(ticket, Now.AddHours(1), 7, Now.AddHours(2)));
        Assert.Equal(DeadlineOutcome.None, TicketHousekeeping.CheckDeadlines(ticket, Now.AddHours(1), 7, Now.AddHours(3)));
        Assert.True(ticket.SlaBreached);
    }
}
