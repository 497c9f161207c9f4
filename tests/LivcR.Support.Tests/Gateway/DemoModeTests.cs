using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Gateway;

public sealed class DemoModeTests
{
    [Fact]
    public async Task Demo_Enabled_SeedsOnePersonPerRoleAndTheConfiguredFirstAdmin()
    {
        using var data = new TempDirectory();
        await using var gateway = await GatewayHost.StartStandaloneAsync(data.File("demo.db"), new Dictionary<string, string>
        {
            ["Demo:Enabled"] = "true",
            ["Auth:InitialAdmins:0"] = "Eerste.Beheerder@VVSG.example",
        });
        var grains = gateway.Services.GetRequiredService<IGrainFactory>();

        var coordinator = await grains.Person("coordinator@gent.example").GetAsync();
        var firstAdmin = await grains.Person("eerste.beheerder@vvsg.example").GetAsync();

        Assert.Equal([new RoleGrant(Role.Municipal, "44021")], coordinator!.Roles);
        Assert.Equal([new RoleGrant(Role.Admin, null)], firstAdmin!.Roles);
        var token = await gateway.TokenAsync("coordinator@gent.example");
        var (_, me) = await gateway.PostAsync("{ me { name municipalities { name } } }", token: token);
        Assert.Equal("Gent", me["data"]!["me"]!["municipalities"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Demo_Off_SeedsNobody()
    {
        using var data = new TempDirectory();
        await using var gateway = await GatewayHost.StartStandaloneAsync(data.File("nodemo.db"));

        Assert.Null(await gateway.Services.GetRequiredService<IGrainFactory>().Person("coordinator@gent.example").GetAsync());
    }
}
