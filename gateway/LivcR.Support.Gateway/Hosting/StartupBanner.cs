using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Logs where the GraphQL endpoint and the web application listen once the server has started.</summary>
public sealed partial class StartupBanner(IServer server, IHostApplicationLifetime lifetime, ILogger<StartupBanner> logger) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LogListening(logger, $"{address.TrimEnd('/')}/graphql");
                LogPortal(logger, $"{address.TrimEnd('/')}/");
            }
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "GraphQL endpoint: {GraphQLUrl}")]
    private static partial void LogListening(ILogger logger, string graphQLUrl);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Web application: {PortalUrl}")]
    private static partial void LogPortal(ILogger logger, string portalUrl);
}
