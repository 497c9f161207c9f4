using LivcR.Support.Contracts;
using LivcR.Support.Silo.Hosting;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace LivcR.Support.Tests.Infrastructure;

/// <summary>One in-process Orleans test cluster shared by the grain tests (memory storage with the real serializer).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The clock the support rules read (deadlines, SLA); Orleans' own timers keep the real one.</summary>
    public static TestClock Clock { get; } = new();

    /// <summary>A real SMTP server that receives what the grains mail.</summary>
    public static SmtpPeer Mail { get; } = new();

    /// <summary>The SQLite file of the read model and audit tables (grain state itself is in memory).</summary>
    internal static string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "livcr-cluster-" + Guid.NewGuid().ToString("N") + ".db");

    public async Task InitializeAsync()
    {
        Assert.True(await DatabaseBootstrap.PrepareAsync(Persistence(), NullLogger.Instance));
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Mail.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!, Path.GetFileName(DatabasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    private static PersistenceOptions Persistence() => new() { Provider = PersistenceProvider.Sqlite, SqlitePath = DatabasePath };

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(StorageNames.Support);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.Services.AddOptions<PersistenceOptions>().Configure(o =>
            {
                o.Provider = PersistenceProvider.Sqlite;
                o.SqlitePath = DatabasePath;
            });
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(SupportClock.Key, Clock);
            siloBuilder.Services.PostConfigure<LivcR.Support.Silo.Mail.SmtpOptions>(o =>
            {
                o.Host = "127.0.0.1";
                o.Port = Mail.Port;
                o.Security = MailKit.Security.SecureSocketOptions.None;
                o.From = "radicalisering@vvsg.example";
            });
            siloBuilder.AddSupportGrains();

            // One number per reservation, so a test can see whether a refused request used one.
            siloBuilder.Services.PostConfigure<TicketOptions>(o =>
            {
                o.NumberBlockSize = 1;
                o.EscalationRecipients = ["escalatie@vvsg.example"];
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "orleans-cluster";
}
