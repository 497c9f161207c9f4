using System.Data.Common;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Health;

/// <summary>Ready when the configured database answers <c>SELECT 1</c>.</summary>
public sealed class DatabaseHealthCheck(IOptions<PersistenceOptions> options) : IHealthCheck
{
    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy(options.Value.Describe());
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{options.Value.Describe()} does not answer", ex);
        }
    }
}
