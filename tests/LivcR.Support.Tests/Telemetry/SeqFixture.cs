using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;
using LivcR.Support.Tests.MailChannel;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Telemetry;

/// <summary>
/// A standalone gateway that logs to a Seq stand-in (<see cref="SeqReceiver"/>) through the configured Seq sink
/// (<c>Seq:ServerUrl</c>), reads the helpdesk mailbox of a real dovecot and mails through a real SMTP peer.
/// </summary>
public sealed class SeqFixture : IAsyncLifetime
{
    public const string Coordinator = "coordinator@gent.example";

    private readonly TempDirectory _data = new();

    public SeqReceiver Seq { get; } = new();

    public DovecotServer Imap { get; } = new();

    public SmtpPeer Smtp { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Imap.InitializeAsync();
        Imap.AddUser(MailIntakeFixture.User, MailIntakeFixture.Password);
        Smtp = new SmtpPeer();
        var settings = MailIntakeFixture.Settings(Imap, Smtp);
        settings["Seq:ServerUrl"] = Seq.ServerUrl.ToString();
        settings["Serilog:MinimumLevel:Default"] = "Information";
        settings["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Debug";
        // The console shows warnings only; everything from Information up goes to Seq.
        settings["Serilog:WriteTo:0:Name"] = "Console";
        settings["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Warning";
        Gateway = await GatewayHost.StartStandaloneAsync(_data.File("seq.db"), settings);
        var grains = Gateway.Services.GetRequiredService<IGrainFactory>();
        var person = grains.Person(Coordinator);
        await person.SaveProfileAsync("An De Smet");
        await person.GrantAsync(new RoleGrant(Role.Municipal, "44021"));
        await grains.Municipality("44021").SetEmailDomainsAsync(["gent.example"]);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Smtp.DisposeAsync();
        await Imap.DisposeAsync();
        await Seq.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SeqCollection : ICollectionFixture<SeqFixture>
{
    public const string Name = "seq";
}
