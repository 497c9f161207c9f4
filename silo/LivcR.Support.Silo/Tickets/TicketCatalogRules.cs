using System.Text.RegularExpressions;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>How the ticket catalog may change: keys are stable slugs, labels short, entries are retired rather than removed.</summary>
public static partial class TicketCatalogRules
{
    /// <summary>Longest label.</summary>
    public const int MaxLabelLength = 100;

    /// <summary>Most entries in one list.</summary>
    public const int MaxEntries = 60;

    /// <summary>The catalog as configured (the seed of the catalog grain).</summary>
    public static TicketCatalog FromOptions(TicketOptions options) => new(
        [.. options.Categories.Select(e => new CatalogEntry(e.Key, e.Label))],
        [.. options.PreventionLevels.Select(e => new CatalogEntry(e.Key, e.Label))]);

    /// <summary>The list with <paramref name="entry"/> added, or with the entry of the same key updated in place.</summary>
    public static IReadOnlyList<CatalogEntry> Save(IReadOnlyList<CatalogEntry> entries, CatalogEntry entry)
    {
        var key = entry.Key?.Trim() ?? string.Empty;
        if (!KeyPattern().IsMatch(key))
        {
            throw SupportException.BadInput("key", "Een sleutel heeft 2 tot 40 tekens: kleine letters, cijfers en koppeltekens, beginnend met een letter.");
        }

        var label = entry.Label?.Trim() ?? string.Empty;
        if (label.Length == 0 || label.Length > MaxLabelLength)
        {
            throw SupportException.BadInput("label", $"Een label heeft 1 tot {MaxLabelLength} tekens.");
        }

        var clean = new CatalogEntry(key, label, entry.Active);
        var index = entries.ToList().FindIndex(e => e.Key == key);
        if (index < 0 && entries.Count >= MaxEntries)
        {
            throw SupportException.BadInput("key", $"Een lijst telt hoogstens {MaxEntries} waarden; zet een oude waarde op inactief en hernoem ze.");
        }

        var result = entries.ToList();
        if (index < 0)
        {
            result.Add(clean);
        }
        else
        {
            result[index] = clean;
        }

        return result;
    }

    /// <summary>The active entry with this key; BAD_USER_INPUT naming <paramref name="field"/> when there is none.</summary>
    public static CatalogEntry RequireActive(IReadOnlyList<CatalogEntry> entries, string key, string field) =>
        entries.FirstOrDefault(e => e.Key == key && e.Active)
        ?? throw SupportException.BadInput(field, $"Onbekende waarde '{key}'. Kies uit: {string.Join(", ", entries.Where(e => e.Active).Select(e => e.Key))}.");

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
