using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Silo.Hosting;

/// <summary>Metrics, traces and the Orleans dashboard. Section <c>Telemetry</c>.</summary>
/// <remarks>
/// Metrics are always collected (they cost little); the gateway serves them at <c>/metrics</c> to admins. Traces are
/// collected only when <see cref="OtlpEndpoint"/> is set, so a deployment without a collector pays nothing for them.
/// </remarks>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>An OTLP collector (e.g. <c>http://otel-collector:4317</c>); metrics and traces are exported to it when set. Off by default.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (default, port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "Grpc";

    /// <summary>
    /// A port on which <c>/metrics</c> is served without sign-in, for a Prometheus scraper on a private network (every process:
    /// a silo has no other HTTP endpoint). Off (0) by default; the gateway's admin-only <c>/metrics</c> is always there.
    /// </summary>
    /// <remarks>It listens on <see cref="MetricsHost"/>, all addresses by default: keep the port inside the cluster network (firewall, NetworkPolicy).</remarks>
    [Range(0, 65535)]
    public int MetricsPort { get; set; }

    /// <summary>The host name the <see cref="MetricsPort"/> listener binds to: <c>*</c> (all addresses, the default) or e.g. <c>localhost</c>.</summary>
    [Required]
    public string MetricsHost { get; set; } = "*";

    /// <summary>The Orleans dashboard at <c>/beheer/dashboard</c> for admins (default on). Its grain profiler adds a little to every grain call.</summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>The service name in traces and metrics; defaults to the application's name.</summary>
    public string? ServiceName { get; set; }
}
