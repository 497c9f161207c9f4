using LivcR.Support.Contracts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LivcR.Support.Gateway.Health;

/// <summary>Ready when a silo answers a ping within two seconds.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silo = await grains.HealthProbe().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy($"silo {silo} answers");
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("no silo answers", ex);
        }
    }
}
