using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Mail;

[Collection(ClusterCollection.Name)]
public sealed class SenderResolverTests(ClusterFixture fixture)
{
    private SenderResolver Resolver => new(fixture.Grains);

    private static string Domain(string name) => $"{name}-{Guid.NewGuid():N}"[..20] + ".example";

    private async Task<string> PersonAsync(string email, params RoleGrant[] roles)
    {
        var person = fixture.Grains.Person(email);
        await person.SaveProfileAsync(email.Split('@')[0]);
        foreach (var role in roles)
        {
            await person.GrantAsync(role);
        }

        return PersonKeys.Normalise(email);
    }

    [Fact]
    public async Task Resolve_KnownMunicipalPerson_IsThatPersonAndTheirMunicipality()
    {
        var email = await PersonAsync($"an-{Guid.NewGuid():N}@sint-niklaas.example", new RoleGrant(Role.Municipal, "46021"));

        var sender = await Resolver.ResolveAsync(email.ToUpperInvariant());

        Assert.Equal(SenderKind.Person, sender.Kind);
        Assert.Equal(email, sender.Address);
        Assert.Equal("46021", sender.MunicipalityNisCode);
        Assert.Equal(["46021"], sender.MunicipalityRoles);
        Assert.False(sender.IsStaff);
        Assert.False(sender.NeedsTriage);
    }

    [Fact]
    public async Task Resolve_PersonOfTwoMunicipalities_TheDomainChoosesBetweenThem()
    {
        var lommel = Domain("lommel");
        await fixture.Grains.Municipality("72020").SetEmailDomainsAsync([lommel]);
        var inDomain = await PersonAsync($"twee@{lommel}", new RoleGrant(Role.Municipal, "72020"), new RoleGrant(Role.Municipal, "73042"));
        var elsewhere = await PersonAsync($"twee-{Guid.NewGuid():N}@elders.example", new RoleGrant(Role.Municipal, "72020"), new RoleGrant(Role.Municipal, "73042"));

        var chosen = await Resolver.ResolveAsync(inDomain);
        var unclear = await Resolver.ResolveAsync(elsewhere);

        Assert.Equal("72020", chosen.MunicipalityNisCode);
        Assert.Equal(SenderKind.Person, unclear.Kind);
        Assert.Null(unclear.MunicipalityNisCode);
        Assert.True(unclear.NeedsTriage);
    }

    [Fact]
    public async Task Resolve_StaffPerson_IsStaffWithoutMunicipality()
    {
        var email = await PersonAsync($"staf-{Guid.NewGuid():N}@vvsg.example", new RoleGrant(Role.Staff, null));

        var sender = await Resolver.ResolveAsync(email);

        Assert.Equal(SenderKind.Person, sender.Kind);
        Assert.True(sender.IsStaff);
        Assert.Null(sender.MunicipalityNisCode);
    }

    [Fact]
    public async Task Resolve_UnknownAddressInAMunicipalityDomainOrSubdomain_IsThatMunicipality()
    {
        var domain = Domain("ardooie");
        await fixture.Grains.Municipality("37020").SetEmailDomainsAsync([domain]);

        var direct = await Resolver.ResolveAsync($"Onbekend@{domain.ToUpperInvariant()}");
        var sub = await Resolver.ResolveAsync($"iemand@welzijn.{domain}");

        Assert.Equal((SenderKind.MunicipalityDomain, "37020"), (direct.Kind, direct.MunicipalityNisCode));
        Assert.Equal((SenderKind.MunicipalityDomain, "37020"), (sub.Kind, sub.MunicipalityNisCode));
        Assert.Null(direct.Person);
    }

    [Fact]
    public async Task Resolve_UnknownAddressElsewhere_IsAnUnknownSenderForTriage()
    {
        var sender = await Resolver.ResolveAsync($"wie@{Domain("nergens")}");

        Assert.Equal(SenderKind.Unknown, sender.Kind);
        Assert.True(sender.NeedsTriage);
        Assert.Equal("onbekende afzender", ResolvedSender.UnknownSenderLabel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("geen adres")]
    [InlineData("a@@b.example")]
    public async Task Resolve_NoUsableAddress_IsUnknownWithoutAddress(string? address)
    {
        var sender = await Resolver.ResolveAsync(address);

        Assert.Equal(SenderKind.Unknown, sender.Kind);
        Assert.Null(sender.Address);
    }

    [Fact]
    public async Task Resolve_ClaimLeftBehind_DoesNotPlaceTheSender()
    {
        var domain = Domain("oud");
        await fixture.Grains.MailDomain(domain).ClaimAsync("11016");

        var sender = await Resolver.ResolveAsync($"x@{domain}");

        Assert.Equal(SenderKind.Unknown, sender.Kind);
    }
}
