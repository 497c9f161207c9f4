namespace LivcR.Support.Tests.Infrastructure;

/// <summary>One standalone gateway (co-hosted silo, SQLite in a temp folder) shared by the HTTP tests.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();

    public GatewayHost Gateway { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Gateway = await GatewayHost.StartStandaloneAsync(_data.File("livcr-support.db"));

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "standalone-gateway";
}
