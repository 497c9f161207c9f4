using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Limits sign-in code requests per client IP address (the per-person limit lives in the person grain).</summary>
public sealed class SignInRateLimiter(IOptions<AuthOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(ip =>
        RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.CodeRequestsPerIpPer10Minutes,
            Window = TimeSpan.FromMinutes(10),
            QueueLimit = 0,
        }));

    /// <summary>True when this IP may ask for another code now.</summary>
    public bool TryAcquire(string ip)
    {
        using var lease = _limiter.AttemptAcquire(ip);
        return lease.IsAcquired;
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter.Dispose();
}
