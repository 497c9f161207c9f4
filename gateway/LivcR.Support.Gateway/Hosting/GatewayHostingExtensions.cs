using System.Threading.RateLimiting;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Health;
using LivcR.Support.Gateway.Live;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Gateway.Services.Network;
using LivcR.Support.Silo.Hosting;
using LivcR.Support.Silo.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Serilog;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Wires the gateway: Orleans (co-hosted silo or client), GraphQL, health, request logging.</summary>
public static class GatewayHostingExtensions
{
    private const string GraphQLRateLimitPolicy = "graphql";

    /// <summary>Adds everything the gateway needs. False when the database cannot be used (already logged).</summary>
    public static async Task<bool> AddSupportGatewayAsync(this WebApplicationBuilder builder, ILoggerFactory bootstrapLoggers)
    {
        var gateway = builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
        if (gateway.Mode == GatewayMode.CoHostedSilo)
        {
            if (!await builder.AddSupportSiloAsync(bootstrapLoggers))
            {
                return false;
            }
        }
        else
        {
            var persistence = builder.Configuration.GetSection(PersistenceOptions.SectionName).Get<PersistenceOptions>() ?? new PersistenceOptions();
            persistence.ApplySchemaOnStart = false;
            if (!await DatabaseBootstrap.PrepareAsync(persistence, bootstrapLoggers.CreateLogger(typeof(DatabaseBootstrap))))
            {
                return false;
            }

            builder.Services.AddOptions<PersistenceOptions>().BindConfiguration(PersistenceOptions.SectionName);
            builder.AddSupportClusterClient();
        }

        builder.AddSupportAuthentication();
        builder.AddSupportGatewayTelemetry();
        builder.Services.AddSupportGraphQL(builder.Configuration);
        builder.Services.AddRateLimiter(o =>
        {
            o.OnRejected = (rejected, _) => new ValueTask(GraphQLHttpErrors.WriteAsync(
                rejected.HttpContext, StatusCodes.Status429TooManyRequests, "RATE_LIMITED", "Te veel verzoeken; probeer het zo meteen opnieuw."));
            o.AddPolicy(GraphQLRateLimitPolicy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
                var user = http.User.FindFirst("sub")?.Value;
                return user is not null
                    ? RateLimitPartition.GetFixedWindowLimiter("user:" + user, _ => Window(limits.RequestsPerUserPerMinute))
                    : RateLimitPartition.GetFixedWindowLimiter("ip:" + http.Connection.RemoteIpAddress, _ => Window(limits.RequestsPerIpPerMinute));
            });
        });
        builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"])
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<MailboxHealthCheck>("mailboxes", tags: ["ready"]);
        builder.Services.AddHostedService<StartupBanner>();
        return true;
    }

    /// <summary>Believes <c>X-Forwarded-For</c> from loopback (the co-hosted portal) and the configured proxies only.</summary>
    private static ForwardedHeadersOptions ForwardedFor(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        var gateway = configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
        foreach (var proxy in gateway.TrustedProxies)
        {
            if (proxy.Contains('/', StringComparison.Ordinal))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
            else
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        }

        return options;
    }

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    /// <summary>Maps <c>/graphql</c> and the health endpoints.</summary>
    public static WebApplication MapSupportGateway(this WebApplication app)
    {
        app.UseForwardedHeaders(ForwardedFor(app.Configuration));
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetService<Serilog.ILogger>();
            // One line per request is noise at Information: successes are Debug, refusals Information, failures Error.
            o.GetLevel = (http, _, error) => error is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : http.Response.StatusCode >= 400 ? Serilog.Events.LogEventLevel.Information : Serilog.Events.LogEventLevel.Debug;
        });
        app.UseWhen(GatewayTelemetry.IsAdminPage, branch => branch.UseMiddleware<PortalSessionBearer>());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/graphql") || http.Request.Path.StartsWithSegments("/exports")
            || http.Request.Path.StartsWithSegments("/tickets") || http.Request.Path.StartsWithSegments("/attachments"), branch => branch.UseMiddleware<CallerMiddleware>());
        app.UseWebSockets();
        app.MapSupportServerSentEvents("/graphql/stream").RequireRateLimiting(GraphQLRateLimitPolicy);
        app.MapSupportWebSocket("/graphql/ws");
        app.MapSupportGraphQL("/graphql").RequireRateLimiting(GraphQLRateLimitPolicy);
        app.MapTicketExport().RequireRateLimiting(GraphQLRateLimitPolicy);
        app.MapTrainingExport().RequireRateLimiting(GraphQLRateLimitPolicy);
        app.MapTrainingCalendar().RequireRateLimiting(GraphQLRateLimitPolicy);
        app.MapAttachments();
        Services.Privacy.PersonDataEndpoint.MapPersonDataExport(app).RequireRateLimiting(GraphQLRateLimitPolicy);
        app.MapSupportOperations();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthDetailsWriter.WriteAsync });
        return app;
    }
}
