namespace LivcR.Support.Tests.Infrastructure;

/// <summary>A throwaway PostgreSQL (<see cref="LocalPostgres"/>, not durable) as an xunit fixture: started before the tests, stopped by PID after.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private LocalPostgres? _server;

    private LocalPostgres Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public string ConnectionString(string database = "livcr") => Server.ConnectionString(database);

    public async Task InitializeAsync() => _server = await LocalPostgres.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
