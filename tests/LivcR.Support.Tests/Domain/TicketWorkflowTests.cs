using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain;

public sealed class TicketWorkflowTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TicketActor Staff = new("staff@vvsg.example", "Staf", IsStaff: true);
    private static readonly TicketActor Municipality = new("an@gent.example", "An", IsStaff: false);
    private static readonly TicketOptions Options = Defaults();
    private static readonly TicketCatalog Catalog = TicketCatalogRules.FromOptions(Options);

    private static TicketState NewTicket()
    {
        var state = new TicketState();
        state.Open("2026-00001", new NewTicket("44021", "Vraag", "Tekst", new TicketPerson("An", "an@gent.example"), Monday));
        return state;
    }

    private static TicketOptions Defaults()
    {
        var options = new TicketOptions();
        options.ApplyDefaults();
        return options;
    }

    [Theory]
    [InlineData(TicketStatus.New, TicketStatus.Open, true)]
    [InlineData(TicketStatus.Open, TicketStatus.WaitingForMunicipality, true)]
    [InlineData(TicketStatus.WaitingForMunicipality, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Open, true)]
    [InlineData(TicketStatus.New, TicketStatus.Closed, false)]
    [InlineData(TicketStatus.Open, TicketStatus.Closed, false)]
    [InlineData(TicketStatus.Closed, TicketStatus.Open, false)]
    [InlineData(TicketStatus.Open, TicketStatus.New, false)]
    public void CanMove_FollowsTheStatusMachine(TicketStatus from, TicketStatus to, bool allowed) =>
        Assert.Equal(allowed, TicketStatusRules.CanMove(from, to));

    [Theory]
    [InlineData("geen-categorie", null, null)]
    [InlineData(null, "geen-niveau", null)]
    [InlineData(null, null, "label met spaties")]
    public void Triage_WithOneBadField_IsRefusedAndChangesNothing(string? category, string? level, string? tag)
    {
        var ticket = NewTicket();
        var version = ticket.Version;
        var entries = ticket.Entries.Count;

        Assert.ThrowsAny<SupportException>(() => TicketWorkflow.Triage(ticket, new TicketTriage(
            Staff, Status: TicketStatus.Open, Priority: TicketPriority.Urgent, Category: category, PreventionLevel: level,
            AssigneeEmail: "els@vvsg.example", Tags: tag is null ? null : [tag]), Catalog, Monday));

        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.Equal(TicketPriority.Normal, ticket.Priority);
        Assert.Null(ticket.AssigneeEmail);
        Assert.Equal(version, ticket.Version);
        Assert.Equal(entries, ticket.Entries.Count);
    }

    [Fact]
    public void Triage_RetiredCategory_IsRefusedButTicketsKeepIt()
    {
        var ticket = NewTicket();
        TicketWorkflow.Triage(ticket, new TicketTriage(Staff, Category: "vorming"), Catalog, Monday);
        var retired = Catalog with { Categories = TicketCatalogRules.Save(Catalog.Categories, new CatalogEntry("vorming", "Vorming", Active: false)) };

        var error = Assert.Throws<SupportException>(() => TicketWorkflow.Triage(NewTicket(), new TicketTriage(Staff, Category: "vorming"), retired, Monday));
        TicketWorkflow.Triage(ticket, new TicketTriage(Staff, Priority: TicketPriority.High), retired, Monday);

        Assert.Equal("category", error.Field);
        Assert.DoesNotContain("vorming", error.Message.Split("Kies uit:")[1], StringComparison.Ordinal);
        Assert.Equal("vorming", ticket.Category);
    }

    [Fact]
    public void Move_IllegalTransition_IsAConflictAndChangesNothing()
    {
        var ticket = NewTicket();

        var error = Assert.Throws<SupportException>(() => TicketWorkflow.Triage(ticket, new TicketTriage(Staff, Status: TicketStatus.Closed), Catalog, Monday));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.Equal(1, ticket.Version);
    }

    [Fact]
    public void Reply_ByStaff_IsTheFirstResponseAndOpensTheTicket()
    {
        var ticket = NewTicket();

        TicketWorkflow.Reply(ticket, Staff, "Dag An, hier is ons antwoord.", Monday.AddHours(2));

        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Equal(Monday.AddHours(2), ticket.FirstResponseAt);
        Assert.Equal(2, ticket.Version);
        Assert.Contains(ticket.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body == "Status: open");
    }

    [Theory]
    [InlineData(TicketStatus.WaitingForMunicipality)]
    [InlineData(TicketStatus.Resolved)]
    public void Reply_ByMunicipalityWhileWaitingOrResolved_ReopensTheTicket(TicketStatus status)
    {
        var ticket = NewTicket();
        TicketWorkflow.Triage(ticket, new TicketTriage(Staff, Status: status), Catalog, Monday.AddHours(1));

        TicketWorkflow.Reply(ticket, Municipality, "Nog een vraag.", Monday.AddHours(3));

        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Null(ticket.ResolvedAt);
    }

    [Fact]
    public void Waiting_PausesTheClockUntilTheMunicipalityAnswers()
    {
        var ticket = NewTicket();
        TicketWorkflow.Triage(ticket, new TicketTriage(Staff, Status: TicketStatus.WaitingForMunicipality), Catalog, Monday.AddHours(1));
        var sla = new SlaPolicy(Microsoft.Extensions.Options.Options.Create(Options));

        Assert.Equal((null, null), sla.DueTimes(ticket));
        TicketWorkflow.Reply(ticket, Municipality, "Hier is de info.", Monday.AddDays(1).AddHours(1));

        var pause = Assert.Single(ticket.Pauses);
        Assert.Equal(Monday.AddHours(1), pause.From);
        Assert.Equal(Monday.AddDays(1).AddHours(1), pause.To);
        Assert.NotNull(sla.DueTimes(ticket).ResolutionDue);
    }

    [Fact]
    public void EnsureVersion_StaleVersion_IsAConflict()
    {
        var ticket = NewTicket();
        TicketWorkflow.Reply(ticket, Staff, "Eerste antwoord", Monday.AddHours(1));

        var error = Assert.Throws<SupportException>(() => TicketWorkflow.EnsureVersion(ticket, 1));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        TicketWorkflow.EnsureVersion(ticket, 2);
    }

    [Fact]
    public void Note_ByMunicipality_IsForbidden()
    {
        var error = Assert.Throws<SupportException>(() => TicketWorkflow.Note(NewTicket(), Municipality, "x", Monday));

        Assert.Equal(SupportErrorCode.Forbidden, error.Code);
    }

    [Fact]
    public void Triage_UnknownCategory_IsBadInputNamingTheChoices()
    {
        var error = Assert.Throws<SupportException>(() => TicketWorkflow.Triage(NewTicket(), new TicketTriage(Staff, Category: "sport"), Catalog, Monday));

        Assert.Equal("category", error.Field);
        Assert.Contains("casusoverleg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_CategoryAssigneeAndTags_AreRecordedAsSystemEvents()
    {
        var ticket = NewTicket();

        TicketWorkflow.Triage(ticket, new TicketTriage(Staff, Category: "polarisatie", AssigneeEmail: "Staff@VVSG.example", Tags: ["Wijk", "jongeren", "wijk"]), Catalog, Monday);

        Assert.Equal("polarisatie", ticket.Category);
        Assert.Equal("staff@vvsg.example", ticket.AssigneeEmail);
        Assert.Equal(["jongeren", "wijk"], ticket.Tags);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Contains(ticket.Entries, e => e.Body == "Categorie: Polarisatie en spanningen in de gemeente");
    }

    [Theory]
    [InlineData("met spatie")]
    [InlineData("a/b")]
    public void Tags_WithOddCharacters_AreRefused(string tag) =>
        Assert.Equal("tags", Assert.Throws<SupportException>(() => TicketTags.Normalise([tag])).Field);
}
