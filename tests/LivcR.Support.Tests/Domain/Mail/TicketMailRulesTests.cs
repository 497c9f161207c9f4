using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain.Mail;

public sealed class TicketMailRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly TicketActor An = new("an@gent.example", "An", IsStaff: false);

    private static InboundMail Mail(string key, string body = "Vraag", params TicketAttachmentView[] attachments) =>
        new(key, key, An, body, Now, attachments, [], "radicalisering");

    private static TicketAttachmentView File(string id, long size) => new(id, id + ".pdf", "application/pdf", size, An.Person, Now);

    private static TicketState Opened(string nis = "44021", params TicketAttachmentView[] attachments)
    {
        var ticket = new TicketState();
        TicketMailRules.Open(ticket, "2026-00001", new NewTicket(nis, "Onderwerp", "Vraag", An.Person, Now), Mail("q@gent.example", "Vraag", attachments), 25);
        return ticket;
    }

    [Fact]
    public void Open_RemembersTheMail_AndTakesItsAttachments()
    {
        var ticket = Opened("44021", File("a", 10));

        Assert.True(TicketMailRules.Holds(ticket, "q@gent.example"));
        Assert.False(TicketMailRules.Holds(ticket, "other@gent.example"));
        Assert.Equal("a", Assert.Single(ticket.Attachments).Id);
        Assert.DoesNotContain(TicketMailRules.UnknownSenderTag, ticket.Tags);
    }

    [Fact]
    public void OpenAndReceive_TheMessages_KnowTheMailTheyCameWith()
    {
        var ticket = Opened();

        TicketMailRules.Receive(ticket, Mail("r@gent.example", "Nog een"), 25);

        Assert.Equal(["q@gent.example", "r@gent.example"], ticket.Entries.Where(e => e.Kind == TicketEntryKind.Message).Select(e => e.ToView().MailKey ?? "(geen)").ToArray());
        Assert.All(ticket.Entries.Where(e => e.Kind != TicketEntryKind.Message), e => Assert.Null(e.MailKey));
    }

    [Fact]
    public void Reply_WrittenInThePortal_HasNoMail()
    {
        var ticket = Opened();

        TicketWorkflow.Reply(ticket, An, "Via het portaal", Now);

        Assert.Null(ticket.Entries.Last(e => e.Kind == TicketEntryKind.Message).MailKey);
    }

    [Fact]
    public void Open_WithoutMunicipality_IsFlaggedForTriage()
    {
        var ticket = Opened(string.Empty);

        Assert.Contains(TicketMailRules.UnknownSenderTag, ticket.Tags);
        Assert.Contains(ticket.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body.StartsWith("Afzender onbekend", StringComparison.Ordinal));
    }

    [Fact]
    public void Receive_PastTheTicketsTotal_RefusesTheAttachmentWithANote()
    {
        var ticket = Opened("44021", File("a", 20));

        var refused = TicketMailRules.Receive(ticket, Mail("r@gent.example", "Nog een", File("b", 10), File("c", 5)), 25);

        Assert.Equal(["b"], refused);
        Assert.Equal(["a", "c"], ticket.Attachments.Select(a => a.Id).ToArray());
        Assert.Contains(ticket.Entries, e => e.Body.StartsWith("Bijlage b.pdf niet overgenomen", StringComparison.Ordinal));
        Assert.Equal("Nog een", ticket.Entries.Last(e => e.Kind == TicketEntryKind.Message).Body);
    }

    [Fact]
    public void Receive_OnAClosedTicket_IsAConflictAndChangesNothing()
    {
        var ticket = Opened();
        ticket.Status = TicketStatus.Closed;
        var version = ticket.Version;

        Assert.Throws<SupportException>(() => TicketMailRules.Receive(ticket, Mail("r@gent.example"), 25));
        Assert.Equal(version, ticket.Version);
        Assert.False(TicketMailRules.Holds(ticket, "r@gent.example"));
    }

    [Fact]
    public void RecordEvent_IsASystemEvent_AndTheMailIsRemembered()
    {
        var ticket = Opened();

        TicketMailRules.RecordEvent(ticket, "oof@gent.example", "Automatisch antwoord ontvangen", Now);

        Assert.Equal("Automatisch antwoord ontvangen", ticket.Entries[^1].Body);
        Assert.Equal(TicketEntryKind.SystemEvent, ticket.Entries[^1].Kind);
        Assert.True(TicketMailRules.Holds(ticket, "oof@gent.example"));
    }

    [Fact]
    public void Keys_AreBounded_OldestFirstOut()
    {
        var ticket = Opened();

        for (var i = 0; i < TicketMailRules.MaxKeys + 10; i++)
        {
            TicketMailRules.RecordEvent(ticket, $"k{i}", "x", Now);
        }

        Assert.Equal(TicketMailRules.MaxKeys, ticket.MailKeys.Count);
        Assert.False(TicketMailRules.Holds(ticket, "q@gent.example"));
        Assert.True(TicketMailRules.Holds(ticket, $"k{TicketMailRules.MaxKeys + 9}"));
    }

    [Fact]
    public void MailOfAMergedTicket_ReadAgain_IsADuplicateOnTheTarget()
    {
        var source = Opened();
        var target = new TicketState();
        target.Open("2026-00002", new NewTicket("44021", "Ander onderwerp", "Vraag via het portaal", An.Person, Now));
        var entries = TicketHousekeeping.EntriesToHandOver(source);

        TicketHousekeeping.Absorb(target, "2026-00099", entries, Now);

        Assert.All(entries.Where(e => e.MailKey is not null), e => Assert.True(TicketMailRules.Holds(target, e.MailKey!)));
        Assert.Contains(entries, e => e.MailKey is not null);
    }

    [Fact]
    public void SetMunicipality_StaffOnly_DropsTheUnknownSenderTag()
    {
        var ticket = Opened(string.Empty);

        Assert.Throws<SupportException>(() => TicketMailRules.SetMunicipality(ticket, An, "44021", "Gent", Now));
        TicketMailRules.SetMunicipality(ticket, new TicketActor("els@vvsg.example", "Els", IsStaff: true), "44021", "Gent", Now);

        Assert.Equal("44021", ticket.MunicipalityNisCode);
        Assert.DoesNotContain(TicketMailRules.UnknownSenderTag, ticket.Tags);
        Assert.Equal("Gemeente: Gent", ticket.Entries[^1].Body);
    }
}
