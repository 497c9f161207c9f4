using System.Globalization;
using LivcR.Support.Portal.Components;
using Microsoft.AspNetCore.Antiforgery;
using LivcR.Support.Portal.Services;
using LivcR.Support.Portal.Session;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Portal.Hosting;

/// <summary>Wires the web application into a host: its own process, or the gateway in standalone mode.</summary>
public static class PortalHostingExtensions
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>Adds the portal's components, session, and the typed client that calls the gateway.</summary>
    public static WebApplicationBuilder AddSupportPortal(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PortalOptions.SectionName).Get<PortalOptions>() ?? new PortalOptions();
        if (!File.Exists(Path.Combine(builder.Environment.WebRootPath ?? Path.Combine(builder.Environment.ContentRootPath, "wwwroot"), "portal.css")))
        {
            // Not published: serve the stylesheet and Blazor's script from where the build left them.
            builder.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName);
        builder.Services.AddRazorComponents();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddLocalization();
        builder.Services.AddDataProtection()
            .SetApplicationName("LivcR.Support.Portal")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(options.KeysPath)));
        builder.Services.AddSingleton<GatewayAddress>();
        builder.Services.AddTransient<ForwardedForHandler>();
        builder.Services.AddHttpClient(PortalApi.HttpClientName, (services, http) =>
            {
                http.BaseAddress = services.GetRequiredService<GatewayAddress>().Uri;
                http.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<PortalOptions>>().Value.GatewayTimeoutSeconds);
            })
            .AddHttpMessageHandler<ForwardedForHandler>();
        builder.Services.AddHttpClient(PortalLive.HttpClientName, (services, http) =>
            {
                http.BaseAddress = services.GetRequiredService<GatewayAddress>().Uri;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<ForwardedForHandler>();
        builder.Services.AddScoped<PortalSession>();
        builder.Services.AddScoped<PortalApi>();
        builder.Services.TryAddPortalTime();
        return builder;
    }

    /// <summary>Maps the pages; call after the gateway's own endpoints when both run in one process.</summary>
    public static WebApplication MapSupportPortal(this WebApplication app)
    {
        app.UseWhen(IsPage, page => page.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Dutch),
            SupportedCultures = [Dutch],
            SupportedUICultures = [Dutch],
        }));

        // Re-executing the error page needs the pipeline's own routing, so this is not inside the branch above. The API's
        // endpoints answer their own errors; what reaches this handler is a page's.
        app.UseExceptionHandler("/fout", createScopeForErrors: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapPost("/afmelden", SignOutAsync).DisableAntiforgery();
        app.MapPortalDownloads();
        app.MapPortalLive();
        app.MapDeskDownloads();
        app.MapRazorComponents<App>();
        return app;
    }

    /// <summary>Ends the session (a form in the header posts here, with its antiforgery token).</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery, PortalSession session)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Redirect(PortalRoutes.Home);
        }

        session.SignOut();
        return Results.Redirect(PortalRoutes.SignIn() + "?afgemeld=true");
    }

    /// <summary>True for a request the portal answers with a page (an address nobody else answers included: its 404 page).</summary>
    private static bool IsPage(HttpContext http) =>
        http.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    private static void TryAddPortalTime(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
