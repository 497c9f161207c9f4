using LivcR.Support.Contracts.Mail;
using LivcR.Support.Silo.Mail;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Health;

/// <summary>
/// The mailbox readers: healthy when every configured mailbox is connected, degraded while one reconnects (with its last
/// error and next attempt in the details). Never unhealthy: the portal works without the mailbox.
/// </summary>
public sealed class MailboxHealthCheck(IGrainFactory grains, IOptions<MailChannelOptions> channel) : IHealthCheck
{
    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var mailboxes = channel.Value.Mailboxes;
        if (mailboxes.Count == 0)
        {
            return HealthCheckResult.Healthy("no mailboxes configured");
        }

        var data = new Dictionary<string, object>();
        var degraded = false;
        foreach (var mailbox in mailboxes)
        {
            try
            {
                var status = await grains.GetGrain<IMailboxGrain>(mailbox.Name).GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
                degraded |= status.State != MailboxState.Connected;
                data[mailbox.Name] = new Dictionary<string, object?>
                {
                    ["state"] = status.State.ToString(),
                    ["server"] = status.Description,
                    ["idle"] = status.WaitsWithIdle,
                    ["lastError"] = status.LastError,
                    ["consecutiveFailures"] = status.ConsecutiveFailures,
                    ["lastCheckedAt"] = status.LastCheckedAt,
                    ["nextAttemptAt"] = status.NextAttemptAt,
                    ["processed"] = status.Processed,
                    ["quarantined"] = status.Quarantined,
                };
            }
            catch (Exception ex) when (ex is TimeoutException or OrleansException)
            {
                degraded = true;
                data[mailbox.Name] = new Dictionary<string, object?> { ["state"] = "Unknown", ["lastError"] = ex.GetType().Name };
            }
        }

        return degraded
            ? HealthCheckResult.Degraded("a mailbox reader is not connected", data: data)
            : HealthCheckResult.Healthy("all mailbox readers connected", data);
    }
}
