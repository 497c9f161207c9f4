using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;

namespace LivcR.Support.Gateway.Services;

/// <summary>The ticket categories and prevention levels: everyone signed in reads them, administrators edit them.</summary>
public sealed class CatalogService(IGrainFactory grains, CallerContext request, AuditLog audit)
{
    /// <summary>One list; retired entries only when asked for.</summary>
    public async Task<IReadOnlyList<CatalogEntry>> ListAsync(CatalogKind kind, bool includeInactive)
    {
        request.RequireActor();
        var entries = (await grains.TicketCatalog().GetAsync()).Of(kind);
        return includeInactive ? entries : [.. entries.Where(e => e.Active)];
    }

    /// <summary>Adds an entry or changes its label or activity (administrators); returns the whole list.</summary>
    public async Task<IReadOnlyList<CatalogEntry>> SaveAsync(CatalogKind kind, CatalogEntry entry)
    {
        var actor = request.RequireActor();
        var action = kind == CatalogKind.Category ? "catalog.save-category" : "catalog.save-prevention-level";
        var target = $"catalog:{entry.Key}";
        if (!AccessPolicy.CanManageCatalog(actor))
        {
            await audit.RecordAsync(actor.Email, action, target, request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel beheerders passen categorieën en preventieniveaus aan.");
        }

        try
        {
            var catalog = await grains.TicketCatalog().SaveAsync(kind, entry);
            await audit.RecordAsync(actor.Email, action, target, request.Ip, AuditOutcome.Ok);
            return catalog.Of(kind);
        }
        catch (SupportException)
        {
            await audit.RecordAsync(actor.Email, action, target, request.Ip, AuditOutcome.Failed);
            throw;
        }
    }
}
