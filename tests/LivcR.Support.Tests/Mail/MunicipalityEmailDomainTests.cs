using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Mail;

[Collection(ClusterCollection.Name)]
public sealed class MunicipalityEmailDomainTests(ClusterFixture fixture)
{
    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..24] + ".example";

    [Fact]
    public async Task SetEmailDomains_StoresThemNormalisedAndIndexesThem()
    {
        var domain = Unique("brasschaat");

        var stored = await fixture.Grains.Municipality("11008").SetEmailDomainsAsync([$" @{domain.ToUpperInvariant()} ", "zz." + domain]);

        Assert.Equal([domain, "zz." + domain], stored);
        Assert.Equal(stored, await fixture.Grains.Municipality("11008").GetEmailDomainsAsync());
        Assert.Equal("11008", await fixture.Grains.MailDomain(domain).GetOwnerAsync());
    }

    [Fact]
    public async Task SetEmailDomains_DomainOfAnotherMunicipality_IsAConflictNamingItAndChangesNothing()
    {
        var mechelens = Unique("mechelen");
        var fresh = Unique("turnhout");
        var turnhouts = Unique("turnhout-oud");
        await fixture.Grains.Municipality("12025").SetEmailDomainsAsync([mechelens]);
        await fixture.Grains.Municipality("13040").SetEmailDomainsAsync([turnhouts]);

        var error = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.Municipality("13040").SetEmailDomainsAsync([fresh, mechelens]));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        Assert.Contains("Mechelen (12025)", error.Message, StringComparison.Ordinal);
        Assert.Contains(mechelens, error.Message, StringComparison.Ordinal);
        Assert.Equal([turnhouts], await fixture.Grains.Municipality("13040").GetEmailDomainsAsync());
        Assert.Equal([mechelens], await fixture.Grains.Municipality("12025").GetEmailDomainsAsync());
        Assert.Equal("12025", await fixture.Grains.MailDomain(mechelens).GetOwnerAsync());
        Assert.Null(await fixture.Grains.MailDomain(fresh).GetOwnerAsync());
        Assert.Equal("13040", await fixture.Grains.MailDomain(turnhouts).GetOwnerAsync());
    }

    [Fact]
    public async Task SetEmailDomains_RemovedDomain_IsFreeForAnotherMunicipality()
    {
        var domain = Unique("vilvoorde");
        await fixture.Grains.Municipality("23088").SetEmailDomainsAsync([domain]);

        await fixture.Grains.Municipality("23088").SetEmailDomainsAsync([]);
        var taken = await fixture.Grains.Municipality("24062").SetEmailDomainsAsync([domain]);

        Assert.Equal([domain], taken);
        Assert.Empty(await fixture.Grains.Municipality("23088").GetEmailDomainsAsync());
        Assert.Equal("24062", await fixture.Grains.MailDomain(domain).GetOwnerAsync());
    }

    [Fact]
    public async Task SetEmailDomains_SameListAgain_IsIdempotent()
    {
        var domain = Unique("brugge");
        await fixture.Grains.Municipality("31005").SetEmailDomainsAsync([domain]);

        Assert.Equal([domain], await fixture.Grains.Municipality("31005").SetEmailDomainsAsync([domain, domain.ToUpperInvariant()]));
        Assert.Equal("31005", await fixture.Grains.MailDomain(domain).GetOwnerAsync());
    }

    [Fact]
    public async Task SetEmailDomains_ClaimLeftBehindByAnInterruptedChange_DoesNotBlockOthers()
    {
        var domain = Unique("roeselare");
        await fixture.Grains.MailDomain(domain).ClaimAsync("36015");

        var taken = await fixture.Grains.Municipality("38025").SetEmailDomainsAsync([domain]);

        Assert.Equal([domain], taken);
        Assert.Equal("38025", await fixture.Grains.MailDomain(domain).GetOwnerAsync());
    }

    [Fact]
    public async Task SetEmailDomains_MalformedOrPublicDomain_IsBadInputAndChangesNothing()
    {
        var domain = Unique("aalst");
        await fixture.Grains.Municipality("41002").SetEmailDomainsAsync([domain]);

        var malformed = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.Municipality("41002").SetEmailDomainsAsync(["aalst"]));
        var provider = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.Municipality("41002").SetEmailDomainsAsync([domain, "gmail.com"]));

        Assert.Equal(("domains", "domains"), (malformed.Field, provider.Field));
        Assert.Equal([domain], await fixture.Grains.Municipality("41002").GetEmailDomainsAsync());
    }

    [Fact]
    public async Task SetEmailDomains_UnknownNisCode_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.Municipality("99999").SetEmailDomainsAsync([Unique("nergens")]));

        Assert.Equal(SupportErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task SetEmailDomains_TwoMunicipalitiesClaimingAtOnce_OneWinsAndTheIndexAgrees()
    {
        var domain = Unique("samen");

        var results = await Task.WhenAll(
            Attempt(() => fixture.Grains.Municipality("42006").SetEmailDomainsAsync([domain])),
            Attempt(() => fixture.Grains.Municipality("45041").SetEmailDomainsAsync([domain])));

        Assert.Single(results, ok => ok);
        var owner = await fixture.Grains.MailDomain(domain).GetOwnerAsync();
        Assert.Contains(domain, await fixture.Grains.Municipality(owner!).GetEmailDomainsAsync());
    }

    private static async Task<bool> Attempt(Func<Task> change)
    {
        try
        {
            await change();
            return true;
        }
        catch (SupportException e) when (e.Code == SupportErrorCode.Conflict)
        {
            return false;
        }
    }
}
