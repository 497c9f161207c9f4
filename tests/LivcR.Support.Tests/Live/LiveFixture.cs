using LivcR.Support.Client;
using LivcR.Support.Contracts;
using RoleGrant = LivcR.Support.Contracts.People.RoleGrant;
using Role = LivcR.Support.Contracts.People.Role;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Live;

/// <summary>A standalone gateway of its own with small live limits, and typed clients for its people.</summary>
public sealed class LiveFixture : IAsyncLifetime
{
    public const int PerConnection = 3;
    public const int PerUser = 5;
    public const int IdleSeconds = 5;

    private readonly TempDirectory _data = new();

    public GatewayHost Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Gateway = await GatewayHost.StartStandaloneAsync(_data.File("live.db"), new Dictionary<string, string>
        {
            ["Live:MaxSubscriptionsPerConnection"] = PerConnection.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Live:MaxSubscriptionsPerUser"] = PerUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Live:IdleSeconds"] = IdleSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Live:KeepAliveSeconds"] = "2",
        });
        await Gateway.LiveFeedReadyAsync();
    }

    /// <summary>A token for a named person with these roles.</summary>
    public async Task<string> TokenAsync(string email, string name, params RoleGrant[] roles)
    {
        await Gateway.Services.GetRequiredService<IGrainFactory>().Person(email).SaveProfileAsync(name);
        return await Gateway.TokenAsync(email, roles);
    }

    public async Task<string> GentAsync() => await TokenAsync("coordinator@gent.example", "Sara De Smet", new RoleGrant(Role.Municipal, "44021"));

    public async Task<string> HasseltAsync() => await TokenAsync("preventie@hasselt.example", "Jan Claes", new RoleGrant(Role.Municipal, "71072"));

    public async Task<string> StaffAsync(string email = "an.peeters@vvsg.example", string name = "An Peeters") =>
        await TokenAsync(email, name, new RoleGrant(Role.Staff, null));

    public SupportClient Client(string token) => new(Gateway.Http, token);

    /// <summary>A new question of Gent, asked by its coordinator.</summary>
    public async Task<Ticket> GentTicketAsync(string subject = "Samenwerking met de jeugddienst") =>
        await Client(await GentAsync()).SubmitAsync(new SubmitHelpdeskRequestInput("44021", subject, "Hoe pakken we dat aan?"));

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        _data.Dispose();
    }
}
