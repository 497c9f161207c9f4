using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Hosting;
using Microsoft.AspNetCore.Authorization;
using Orleans.Dashboard;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>The gateway's side of operations: ASP.NET Core metrics and spans, <c>/metrics</c> and the Orleans dashboard for admins.</summary>
public static class GatewayTelemetry
{
    /// <summary>Where the Orleans dashboard is served.</summary>
    public const string DashboardPath = "/beheer/dashboard";

    /// <summary>Where the Prometheus text format is served.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Adds the process's telemetry (see <see cref="SupportTelemetry"/>) with ASP.NET Core's, and the admin policy.</summary>
    public static WebApplicationBuilder AddSupportGatewayTelemetry(this WebApplicationBuilder builder)
    {
        var otel = builder.AddSupportTelemetry()
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddPrometheusExporter());
        if (builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.OtlpEndpoint is not null)
        {
            // The gateway's request spans; the grain calls they make are their children (Orleans activity propagation).
            otel.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health")));
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminRequirement.Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminRequirement()));
        builder.Services.AddSingleton<IAuthorizationHandler, AdminRequirementHandler>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AdminRefusal>();
        return builder;
    }

    /// <summary>Maps <c>/metrics</c> and, when enabled, the dashboard; both for admins only.</summary>
    public static WebApplication MapSupportOperations(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(AdminRequirement.Policy);
        if (app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.Dashboard ?? true)
        {
            IEndpointConventionBuilder dashboard = app.MapOrleansDashboard(DashboardPath).RequireAuthorization(AdminRequirement.Policy);
            dashboard.Add(endpoint =>
            {
                // Its grain-state view shows any grain's state (a ticket's thread, a person) outside the audit trail.
                if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.TrimEnd('/').EndsWith("/GrainState", StringComparison.OrdinalIgnoreCase) == true)
                {
                    endpoint.RequestDelegate = http =>
                    {
                        http.Response.StatusCode = StatusCodes.Status404NotFound;
                        return Task.CompletedTask;
                    };
                }
            });
        }

        return app;
    }

    /// <summary>True for the paths whose browser callers are signed in with the portal's session cookie only.</summary>
    public static bool IsAdminPage(HttpContext http) =>
        http.Request.Path.StartsWithSegments(DashboardPath) || http.Request.Path.StartsWithSegments(MetricsPath);
}
