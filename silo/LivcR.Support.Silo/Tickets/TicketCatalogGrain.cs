using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The ticket catalog: seeded from configuration on first use, then the stored lists are the truth.</summary>
public sealed class TicketCatalogGrain(
    [PersistentState("catalog", StorageNames.Support)] IPersistentState<TicketCatalogState> state,
    IOptions<TicketOptions> options) : Grain, ITicketCatalogGrain
{
    /// <inheritdoc/>
    public Task<TicketCatalog> GetAsync() => Task.FromResult(Current());

    /// <inheritdoc/>
    public async Task<TicketCatalog> SaveAsync(CatalogKind kind, CatalogEntry entry)
    {
        var current = Current();
        var saved = TicketCatalogRules.Save(current.Of(kind), entry);
        var next = kind == CatalogKind.Category ? current with { Categories = saved } : current with { PreventionLevels = saved };
        state.State.Catalog = next;
        await state.WriteStateAsync();
        return next;
    }

    private TicketCatalog Current() => state.State.Catalog ?? TicketCatalogRules.FromOptions(options.Value);
}

/// <summary>Stored state of <see cref="TicketCatalogGrain"/>; null until the first change.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-catalog-state")]
public sealed class TicketCatalogState
{
    /// <summary>The lists, once edited.</summary>
    [Id(0)]
    public TicketCatalog? Catalog { get; set; }
}
