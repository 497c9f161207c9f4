using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Mail;

[Collection(GatewayCollection.Name)]
public sealed class MailDirectoryApiTests(GatewayFixture fixture)
{
    private const string SetDomains = "mutation($n: String!, $d: [String!]!) { setMunicipalityEmailDomains(nisCode: $n, domains: $d) { nisCode emailDomains } }";
    private const string ReadDomains = "query($n: String!) { municipality(nisCode: $n) { emailDomains } }";

    private static string Domain(string name) => $"{name}-{Guid.NewGuid():N}"[..20] + ".example";

    private static string? Code(System.Text.Json.Nodes.JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task EmailDomains_StaffSetsThem_TheMunicipalitySeesItsOwnButNotAnothers()
    {
        var gateway = fixture.Gateway;
        var staff = await gateway.StaffTokenAsync();
        var mechelen = await gateway.TokenAsync($"m-{Guid.NewGuid():N}@mechelen.example", new RoleGrant(Role.Municipal, "12025"));
        var domain = Domain("mechelen");

        var (_, set) = await gateway.PostAsync(SetDomains, new { n = "12025", d = new[] { domain.ToUpperInvariant() } }, staff);
        var (_, own) = await gateway.PostAsync(ReadDomains, new { n = "12025" }, mechelen);
        var (_, other) = await gateway.PostAsync(ReadDomains, new { n = "13040" }, mechelen);
        var (_, byStaff) = await gateway.PostAsync(ReadDomains, new { n = "12025" }, staff);

        Assert.Equal(domain, set["data"]!["setMunicipalityEmailDomains"]!["emailDomains"]![0]!.GetValue<string>());
        Assert.Equal(domain, own["data"]!["municipality"]!["emailDomains"]![0]!.GetValue<string>());
        Assert.Null(other["data"]!["municipality"]!["emailDomains"]);
        Assert.Null(other["errors"]);
        Assert.Equal(domain, byStaff["data"]!["municipality"]!["emailDomains"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task EmailDomains_DomainOfAnotherMunicipality_IsAConflictNamingIt()
    {
        var gateway = fixture.Gateway;
        var admin = await gateway.TokenAsync("admin@vvsg.example", new RoleGrant(Role.Admin, null));
        var domain = Domain("leuven");
        await gateway.PostAsync(SetDomains, new { n = "24062", d = new[] { domain } }, admin);

        var (_, body) = await gateway.PostAsync(SetDomains, new { n = "31005", d = new[] { domain } }, admin);

        Assert.Equal("CONFLICT", Code(body));
        Assert.Contains("Leuven (24062)", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailDomains_BadDomain_IsBadInputNamingTheField()
    {
        var (_, body) = await fixture.Gateway.PostAsync(SetDomains, new { n = "36015", d = new[] { "gmail.com" } }, await fixture.Gateway.StaffTokenAsync());

        Assert.Equal("BAD_USER_INPUT", Code(body));
        Assert.Equal("domains", body["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task EmailDomains_Change_IsAudited()
    {
        var gateway = fixture.Gateway;
        var auditor = $"dom-{Guid.NewGuid():N}@vvsg.example";
        var staff = await gateway.TokenAsync(auditor, new RoleGrant(Role.Staff, null));
        await gateway.PostAsync(SetDomains, new { n = "41002", d = new[] { Domain("aalst") } }, staff);

        var (_, trail) = await gateway.PostAsync("query($e: String!) { auditTrailOfPerson(email: $e) { action target } }", new { e = auditor }, staff);

        Assert.Contains(trail["data"]!["auditTrailOfPerson"]!.AsArray(),
            e => e!["action"]!.GetValue<string>() == "municipality.set-email-domains" && e["target"]!.GetValue<string>() == "municipality:41002");
    }

    [Fact]
    public async Task MailLanguage_PersonChoosesTheirOwn_AdminMayChangeAnyone()
    {
        var gateway = fixture.Gateway;
        var email = $"taal-{Guid.NewGuid():N}@gent.example";
        var me = await gateway.TokenAsync(email, new RoleGrant(Role.Municipal, "44021"));
        var admin = await gateway.TokenAsync("admin@vvsg.example", new RoleGrant(Role.Admin, null));

        var (_, before) = await gateway.PostAsync("{ me { mailLanguage } }", token: me);
        var (_, mine) = await gateway.PostAsync("mutation { setMyMailLanguage(language: FR) { mailLanguage } }", token: me);
        var (_, after) = await gateway.PostAsync("{ me { mailLanguage } }", token: me);
        var (_, byOther) = await gateway.PostAsync("mutation($e: String!) { setPersonMailLanguage(email: $e, language: EN) { mailLanguage } }", new { e = "admin@vvsg.example" }, me);
        var (_, byAdmin) = await gateway.PostAsync("mutation($e: String!) { setPersonMailLanguage(email: $e, language: EN) { mailLanguage } }", new { e = email }, admin);

        Assert.Equal("NL", before["data"]!["me"]!["mailLanguage"]!.GetValue<string>());
        Assert.Equal("FR", mine["data"]!["setMyMailLanguage"]!["mailLanguage"]!.GetValue<string>());
        Assert.Equal("FR", after["data"]!["me"]!["mailLanguage"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", Code(byOther));
        Assert.Equal("EN", byAdmin["data"]!["setPersonMailLanguage"]!["mailLanguage"]!.GetValue<string>());
    }

    [Fact]
    public async Task Undeliverable_VisibleToStaffAndAdminOnly_AndClearedByStaff()
    {
        var gateway = fixture.Gateway;
        var email = $"bounce-{Guid.NewGuid():N}@gent.example";
        var me = await gateway.TokenAsync(email, new RoleGrant(Role.Municipal, "44021"));
        var staff = await gateway.StaffTokenAsync();
        var admin = await gateway.TokenAsync("admin@vvsg.example", new RoleGrant(Role.Admin, null));
        await gateway.Services.GetRequiredService<IGrainFactory>().Person(email).MarkUndeliverableAsync("5.1.1 smtp; 550 User unknown");

        var (_, status) = await gateway.PostAsync("query($e: String!) { personMailStatus(email: $e) { exists undeliverable { reason since } } }", new { e = email }, staff);
        var (_, asAdmin) = await gateway.PostAsync("query($e: String!) { person(email: $e) { undeliverable { reason } } }", new { e = email }, admin);
        var (_, asSelf) = await gateway.PostAsync("{ me { undeliverable { reason } } }", token: me);
        var (_, cleared) = await gateway.PostAsync("mutation($e: String!) { clearPersonUndeliverable(email: $e) { undeliverable { reason } } }", new { e = email }, staff);
        var (_, afterwards) = await gateway.PostAsync("query($e: String!) { personMailStatus(email: $e) { undeliverable { reason } } }", new { e = email }, staff);

        Assert.True(status["data"]!["personMailStatus"]!["exists"]!.GetValue<bool>());
        Assert.Equal("5.1.1 smtp; 550 User unknown", status["data"]!["personMailStatus"]!["undeliverable"]!["reason"]!.GetValue<string>());
        Assert.Equal("5.1.1 smtp; 550 User unknown", asAdmin["data"]!["person"]!["undeliverable"]!["reason"]!.GetValue<string>());
        Assert.Null(asSelf["data"]!["me"]!["undeliverable"]);
        Assert.Null(cleared["data"]!["clearPersonUndeliverable"]!["undeliverable"]);
        Assert.Null(afterwards["data"]!["personMailStatus"]!["undeliverable"]);
    }
}
