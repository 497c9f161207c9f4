namespace LivcR.Support.Contracts.Tickets;

/// <summary>A category or prevention level: the key stored on tickets, the label people see, and whether it can still be chosen.</summary>
/// <param name="Key">Stable key (lower-case letters, digits and hyphens).</param>
/// <param name="Label">Dutch label.</param>
/// <param name="Active">False once retired: tickets keep it, new choices cannot use it.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.catalog-entry")]
public sealed record CatalogEntry(
    [property: Id(0)] string Key,
    [property: Id(1)] string Label,
    [property: Id(2)] bool Active = true);

/// <summary>Which list of the ticket catalog.</summary>
[GenerateSerializer]
[Alias("livcr.catalog-kind")]
public enum CatalogKind
{
    /// <summary>Ticket categories.</summary>
    Category = 0,

    /// <summary>Prevention levels.</summary>
    PreventionLevel = 1,
}

/// <summary>The lists tickets are classified by.</summary>
/// <param name="Categories">Ticket categories, in display order.</param>
/// <param name="PreventionLevels">Prevention levels, in display order.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.ticket-catalog")]
public sealed record TicketCatalog(
    [property: Id(0)] IReadOnlyList<CatalogEntry> Categories,
    [property: Id(1)] IReadOnlyList<CatalogEntry> PreventionLevels)
{
    /// <summary>One of the two lists.</summary>
    public IReadOnlyList<CatalogEntry> Of(CatalogKind kind) => kind == CatalogKind.Category ? Categories : PreventionLevels;
}

/// <summary>The ticket catalog (one grain, key <c>tickets</c>): seeded from configuration, then edited by administrators.</summary>
[Alias("livcr.ticket-catalog-grain")]
public interface ITicketCatalogGrain : IGrainWithStringKey
{
    /// <summary>Both lists, retired entries included.</summary>
    [Alias("get")]
    Task<TicketCatalog> GetAsync();

    /// <summary>Adds an entry, or changes the label or activity of the entry with that key. BAD_USER_INPUT on a bad key or label.</summary>
    [Alias("save")]
    Task<TicketCatalog> SaveAsync(CatalogKind kind, CatalogEntry entry);
}
