using LivcR.Support.Silo.Hosting;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LivcR.Support.Tests.Infrastructure;

/// <summary>One in-process Orleans test cluster shared by the grain tests (memory storage with the real serializer).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(StorageNames.Support);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.AddSupportGrains();

            // One number per reservation, so a test can see whether a refused request used one.
            siloBuilder.Services.PostConfigure<TicketOptions>(o => o.NumberBlockSize = 1);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "orleans-cluster";
}
