using LivcR.Support.Portal.Hosting;
using LivcR.Support.Silo.Hosting;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Builds the gateway application from command-line arguments (also used by the tests); <c>--demo</c> seeds demo people.</summary>
public static class GatewayApp
{
    /// <summary>The configured application, or null when the database cannot be used (already logged).</summary>
    public static async Task<WebApplication?> BuildAsync(string[] args)
    {
        // Settings files ship next to the binaries; relative data paths still resolve from the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => a != "--demo").ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(GatewayApp).Assembly.GetName().Name,
        });
        if (args.Contains("--demo"))
        {
            builder.Configuration["Demo:Enabled"] = "true";
        }

        var loggers = builder.AddSupportLogging();
        if (!await builder.AddSupportGatewayAsync(loggers))
        {
            return null;
        }

        builder.AddSupportPortal();
        var app = builder.Build();
        app.MapSupportGateway();
        app.MapSupportPortal();
        return app;
    }
}
