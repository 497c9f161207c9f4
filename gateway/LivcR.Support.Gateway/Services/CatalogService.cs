using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Services;

/// <summary>The configured categories and prevention levels.</summary>
public sealed class CatalogService(IOptions<TicketOptions> options, CallerContext request)
{
    /// <summary>The categories.</summary>
    public IReadOnlyList<TicketCatalogEntry> Categories()
    {
        request.RequireActor();
        return options.Value.Categories;
    }

    /// <summary>The prevention levels.</summary>
    public IReadOnlyList<TicketCatalogEntry> PreventionLevels()
    {
        request.RequireActor();
        return options.Value.PreventionLevels;
    }
}
