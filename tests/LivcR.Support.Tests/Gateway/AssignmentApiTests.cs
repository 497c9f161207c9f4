using LivcR.Support.Client;
using LivcR.Support.Tests.Infrastructure;
using RoleGrant = LivcR.Support.Contracts.People.RoleGrant;
using ServerRole = LivcR.Support.Contracts.People.Role;

namespace LivcR.Support.Tests.Gateway;

/// <summary>Automatic assignment on a gateway of its own (the configuration is global, other tests expect unassigned tickets).</summary>
public sealed class AssignmentApiTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayHost.StartStandaloneAsync(_data.File("assignment.db"));

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _data.Dispose();
    }

    private async Task<SupportClient> AdminAsync() => new(_gateway.Http, await _gateway.TokenAsync("admin@vvsg.example", new RoleGrant(ServerRole.Admin, null)));

    private async Task<SupportClient> StaffAsync(string email) => new(_gateway.Http, await _gateway.TokenAsync(email, new RoleGrant(ServerRole.Staff, null)));

    private async Task<Ticket> AskAsync(SupportClient staff, string? category) =>
        await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Vraag " + Guid.NewGuid().ToString("N")[..6], "Tekst", "Sara", "sara@gent.example", Category: category));

    [Fact]
    public async Task RoundRobin_NewTicketsOfACategory_GoInTurn_WithASystemEventOnEach()
    {
        await StaffAsync("an@vvsg.example");
        var bert = await StaffAsync("bert@vvsg.example");
        var saved = await (await AdminAsync()).SaveTicketAssignmentAsync(AssignmentMode.RoundRobin, [new AssignmentRuleInput("signalen", ["an@vvsg.example", "bert@vvsg.example"])]);
        Assert.Equal(["an@vvsg.example", "bert@vvsg.example"], Assert.Single(saved.Rules, r => r.Category == "signalen").StaffEmails);

        var first = await AskAsync(bert, "signalen");
        var second = await AskAsync(bert, "signalen");
        var third = await AskAsync(bert, "signalen");
        var other = await AskAsync(bert, "polarisatie");

        Assert.Equal(("an@vvsg.example", "bert@vvsg.example", "an@vvsg.example"), (first.AssigneeEmail, second.AssigneeEmail, third.AssigneeEmail));
        Assert.Null(other.AssigneeEmail);
        Assert.Contains(first.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body == "Automatisch toegewezen aan an@vvsg.example");
    }

    [Fact]
    public async Task FewestOpen_ANewTicket_GoesToTheLeastBusy()
    {
        var chris = await StaffAsync("chris@vvsg.example");
        await StaffAsync("dirk@vvsg.example");
        var busy = await AskAsync(chris, null);
        await chris.TriageAsync(busy.Number, new TicketTriageInput { AssigneeEmail = "chris@vvsg.example" });
        await (await AdminAsync()).SaveTicketAssignmentAsync(AssignmentMode.FewestOpen, [new AssignmentRuleInput(null, ["chris@vvsg.example", "dirk@vvsg.example"])]);

        var asked = await AskAsync(chris, "juridisch-privacy");

        Assert.Equal("dirk@vvsg.example", asked.AssigneeEmail);
    }

    [Fact]
    public async Task Absence_MovesTheTicketsToAColleague_SkipsTheAbsent_AndIsInTheAuditTrail()
    {
        var eva = await StaffAsync("eva@vvsg.example");
        await StaffAsync("frank@vvsg.example");
        var admin = await AdminAsync();
        await admin.SaveTicketAssignmentAsync(AssignmentMode.RoundRobin, [new AssignmentRuleInput("casusoverleg", ["eva@vvsg.example", "frank@vvsg.example"])]);
        var evas = await AskAsync(eva, "casusoverleg");
        Assert.Equal("eva@vvsg.example", evas.AssigneeEmail);

        var moved = await eva.SetStaffAbsenceAsync("eva@vvsg.example", absent: true);

        Assert.Equal(new ReassignedTicket(evas.Number, "frank@vvsg.example"), Assert.Single(moved));
        var now = await eva.GetTicketAsync(evas.Number);
        Assert.Equal("frank@vvsg.example", now.AssigneeEmail);
        Assert.Contains(now.Entries, e => e.Body == "Toegewezen aan frank@vvsg.example");
        Assert.Contains(await eva.AuditTrailAsync(evas.Number), a => a.Action == "ticket.reassign-absence");
        Assert.Equal("frank@vvsg.example", (await AskAsync(eva, "casusoverleg")).AssigneeEmail);
        Assert.Equal(["eva@vvsg.example"], (await eva.TicketAssignmentAsync()).Absent);

        await eva.SetStaffAbsenceAsync("eva@vvsg.example", absent: false);
        Assert.Empty((await eva.TicketAssignmentAsync()).Absent);
    }

    [Fact]
    public async Task Save_SomeoneNotStaff_OrAnUnknownCategory_IsRefusedWithTheField()
    {
        await _gateway.TokenAsync("sara@gent.example", new RoleGrant(ServerRole.Municipal, "44021"));
        var admin = await AdminAsync();

        var notStaff = await Assert.ThrowsAsync<SupportClientException>(() => admin.SaveTicketAssignmentAsync(AssignmentMode.RoundRobin, [new AssignmentRuleInput(null, ["sara@gent.example"])]));
        var unknown = await Assert.ThrowsAsync<SupportClientException>(() => admin.SaveTicketAssignmentAsync(AssignmentMode.RoundRobin, [new AssignmentRuleInput("bestaat-niet", [])]));

        Assert.Equal(("BAD_USER_INPUT", "rules"), (notStaff.Code, notStaff.Errors[0].Field));
        Assert.Contains("geen VVSG-medewerker", notStaff.Message, StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", unknown.Code);
        Assert.Equal(AssignmentMode.Off, (await admin.TicketAssignmentAsync()).Mode);
    }
}
