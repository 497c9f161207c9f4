using LivcR.Support.Client;
using LivcR.Support.Tests.Infrastructure;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Client;

/// <summary>The typed client against a real gateway: directory, people, catalog, mail directory, reports and audit.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SupportClientDirectoryTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task Directory_MunicipalitiesAndPlatforms()
    {
        var client = await ClientAsync("gids@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));

        var limburg = await client.MunicipalitiesAsync(Province.Limburg);
        var all = await client.MunicipalitiesAsync();
        var gent = await client.GetMunicipalityAsync("44021");
        var platforms = await client.ProvincialPlatformsAsync();
        var unknown = await Assert.ThrowsAsync<SupportClientException>(() => client.GetMunicipalityAsync("99999"));

        Assert.Contains(limburg, m => m.NisCode == "71072" && m.Name == "Hasselt");
        Assert.All(limburg, m => Assert.Equal(Province.Limburg, m.Province));
        Assert.Equal(285, all.Count);
        Assert.Equal(new Municipality("44021", "Gent", Province.OostVlaanderen, gent.PostalCode), gent);
        Assert.Equal(5, platforms.Count);
        Assert.Contains(platforms.Single(p => p.Province == Province.OostVlaanderen).Municipalities, m => m.NisCode == "44021");
        Assert.Equal(SupportErrorCodes.NotFound, unknown.Code);
    }

    [Fact]
    public async Task Admin_GrantsAndRevokesARole_ThePersonSeesItInMe()
    {
        var admin = await ClientAsync("beheer-client@vvsg.example", new ServerRoleGrant(ServerRole.Admin, null));
        var email = $"nieuw-{Guid.NewGuid():N}@destelbergen.example";

        var saved = await admin.SavePersonAsync(email, "Nieuwe Coördinator");
        var granted = await admin.GrantRoleAsync(email, Role.Municipal, "44013");
        var read = await admin.GetPersonAsync(email);
        var person = new SupportClient(Gateway.Http, await Gateway.TokenAsync(email));
        var me = await person.MeAsync();
        var revoked = await admin.RevokeRoleAsync(email, Role.Municipal, "44013");
        var forbidden = await Assert.ThrowsAsync<SupportClientException>(() => person.GetPersonAsync(email));

        Assert.Empty(saved.Roles);
        Assert.Equal("Destelbergen", Assert.Single(granted.Municipalities).Name);
        Assert.Equal(granted.Roles, read.Roles);
        Assert.Equal("Nieuwe Coördinator", read.Name);
        Assert.Equal([new RoleGrant(Role.Municipal, "44013")], me.Roles);
        Assert.Empty(revoked.Roles);
        Assert.Equal(SupportErrorCodes.Forbidden, forbidden.Code);
    }

    [Fact]
    public async Task Admin_AddsAndRetiresACategory_OthersSeeTheCatalogChange()
    {
        var admin = await ClientAsync("catalogus-client@vvsg.example", new ServerRoleGrant(ServerRole.Admin, null));
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var key = "client-" + Guid.NewGuid().ToString("N")[..8];

        var added = await admin.SaveTicketCategoryAsync(key, "Via de client");
        var seen = await staff.TicketCategoriesAsync();
        await admin.SaveTicketCategoryAsync(key, "Via de client", active: false);
        var active = await staff.TicketCategoriesAsync();
        var everything = await staff.TicketCategoriesAsync(includeInactive: true);
        var levels = await staff.PreventionLevelsAsync();
        var refused = await Assert.ThrowsAsync<SupportClientException>(() => staff.SavePreventionLevelAsync(key, "Niet voor staff"));

        Assert.Contains(new CatalogEntry(key, "Via de client", true), added);
        Assert.Contains(seen, c => c.Key == key);
        Assert.DoesNotContain(active, c => c.Key == key);
        Assert.Contains(new CatalogEntry(key, "Via de client", false), everything);
        Assert.NotEmpty(levels);
        Assert.Equal(SupportErrorCodes.Forbidden, refused.Code);
    }

    [Fact]
    public async Task MailDirectory_DomainsLanguageAndStatus()
    {
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var municipal = await ClientAsync("taal@wielsbeke.example", new ServerRoleGrant(ServerRole.Municipal, "37017"));
        var stranger = await ClientAsync("ander@hasselt.example", new ServerRoleGrant(ServerRole.Municipal, "71072"));
        var domain = $"client{Guid.NewGuid():N}"[..20] + ".example";

        var set = await staff.SetMunicipalityEmailDomainsAsync("37017", [domain]);
        var own = await municipal.GetMunicipalityEmailDomainsAsync("37017");
        var other = await stranger.GetMunicipalityEmailDomainsAsync("37017");
        var french = await municipal.SetMyMailLanguageAsync(MailLanguage.Fr);
        var status = await staff.GetPersonMailStatusAsync("taal@wielsbeke.example");
        var cleared = await staff.ClearPersonUndeliverableAsync("taal@wielsbeke.example");

        Assert.Equal([domain], set.EmailDomains);
        Assert.Equal([domain], own.EmailDomains);
        Assert.Null(other.EmailDomains);
        Assert.Equal(MailLanguage.Fr, french.MailLanguage);
        Assert.Equal(new PersonMailStatus("taal@wielsbeke.example", true, MailLanguage.Fr, null), status);
        Assert.Null(cleared.Undeliverable);
    }

    [Fact]
    public async Task Staff_CountsStatsSavedViewsAndAudit()
    {
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var organiser = await ClientAsync("organisator-client@oost-vlaanderen.example", new ServerRoleGrant(ServerRole.Organiser, "oost-vlaanderen"));
        var ticket = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44013", "Telling", "Vraag", "Coördinator Destelbergen", "coordinator@destelbergen.example"));
        var view = "Client " + Guid.NewGuid().ToString("N")[..8];

        var byStatus = await staff.TicketCountsByStatusAsync(new TicketFilter { MunicipalityNisCode = "44013" });
        var byMunicipality = await organiser.TicketCountsByMunicipalityAsync(Province.OostVlaanderen);
        var stats = await staff.TicketStatsAsync(ticket.CreatedAt.AddDays(-1), ticket.CreatedAt.AddDays(1), ReportGrouping.Municipality);
        var saved = await staff.SaveTicketViewAsync(view, new TicketFilter { MunicipalityNisCode = "44013", Statuses = [TicketStatus.New] }, TicketOrder.Created);
        var listed = await staff.ListTicketViewAsync(view, first: 100);
        var views = await staff.TicketViewsAsync();
        var remaining = await staff.DeleteTicketViewAsync(view);
        var trail = await staff.AuditTrailAsync(ticket.Number);
        var ofPerson = await staff.AuditTrailOfPersonAsync("staff@vvsg.example");

        Assert.True(byStatus.Single(c => c.Status == TicketStatus.New).Count >= 1);
        Assert.True(byMunicipality.Single(c => c.Municipality.NisCode == "44013").Total >= 1);
        Assert.True(stats.Single(g => g.Key == "44013").Created >= 1);
        Assert.Contains(new TicketListView(view, false, TicketOrder.Created), saved);
        Assert.Contains(listed.Nodes, t => t.Number == ticket.Number);
        Assert.Contains(views, v => v.BuiltIn);
        Assert.DoesNotContain(remaining, v => v.Name == view);
        Assert.Contains(trail, e => e.Target.Contains(ticket.Number, StringComparison.Ordinal) && e.Actor == "staff@vvsg.example");
        Assert.NotEmpty(ofPerson);
    }

    private async Task<SupportClient> ClientAsync(string email, params ServerRoleGrant[] roles) =>
        new(Gateway.Http, await Gateway.TokenAsync(email, roles));
}
