using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LivcR.Support.Silo.Hosting;

/// <summary>OpenTelemetry for every process: Orleans', the runtime's and the system's own meters; traces when OTLP is configured.</summary>
public static class SupportTelemetry
{
    /// <summary>Orleans' activity sources (grain calls; with activity propagation, child spans of the caller's).</summary>
    public static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    /// <summary>Adds metrics (and traces when <see cref="TelemetryOptions.OtlpEndpoint"/> is set); the caller may add its own instrumentation to the result.</summary>
    public static OpenTelemetryBuilder AddSupportTelemetry(this IHostApplicationBuilder builder)
    {
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSupportMetrics();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(telemetry.ServiceName ?? builder.Environment.ApplicationName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("Microsoft.Orleans", SupportMetrics.MeterName, MailIntakeMetrics.MeterName).AddRuntimeInstrumentation();
                if (telemetry.MetricsPort > 0)
                {
                    metrics.AddPrometheusHttpListener(o =>
                    {
                        o.Host = telemetry.MetricsHost;
                        o.Port = telemetry.MetricsPort;
                    });
                }

                if (telemetry.OtlpEndpoint is { } endpoint)
                {
                    metrics.AddOtlpExporter(o => Otlp(o, endpoint, telemetry, "v1/metrics"));
                }
            });
        if (telemetry.OtlpEndpoint is { } traces)
        {
            otel.WithTracing(tracing => tracing.AddSource(OrleansSources).AddOtlpExporter(o => Otlp(o, traces, telemetry, "v1/traces")));
        }

        return otel;
    }

    /// <summary>The system's instruments, once per container (gateway and silo may share one).</summary>
    public static IServiceCollection AddSupportMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<SupportMetrics>();
        return services;
    }

    // Over HTTP an explicit endpoint is used as it is, so the signal's path is added here (the collector's default layout).
    private static void Otlp(OtlpExporterOptions options, Uri endpoint, TelemetryOptions telemetry, string signalPath)
    {
        var http = string.Equals(telemetry.OtlpProtocol, "HttpProtobuf", StringComparison.OrdinalIgnoreCase);
        options.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        options.Endpoint = http && endpoint.AbsolutePath is "/" or "" ? new Uri(endpoint, signalPath) : endpoint;
    }
}
