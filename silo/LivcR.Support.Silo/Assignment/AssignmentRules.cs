using LivcR.Support.Contracts.Assignment;

namespace LivcR.Support.Silo.Assignment;

/// <summary>Who gets a ticket: the rule of its category (or the general rule), its staff less the absent, by the mode.</summary>
public static class AssignmentRules
{
    /// <summary>The staff who may get a ticket of <paramref name="category"/>, in the rule's order; empty when none.</summary>
    public static IReadOnlyList<string> Candidates(AssignmentView assignment, string? category, string? except = null)
    {
        var rule = assignment.Rules.FirstOrDefault(r => category is not null && string.Equals(r.Category, category, StringComparison.Ordinal))
            ?? assignment.Rules.FirstOrDefault(r => r.Category is null);
        return rule is null
            ? []
            : rule.StaffEmails
                .Where(e => !assignment.Absent.Contains(e, StringComparer.OrdinalIgnoreCase) && !string.Equals(e, except, StringComparison.OrdinalIgnoreCase))
                .ToList();
    }

    /// <summary>
    /// The assignee among <paramref name="candidates"/>: round robin takes the one after <paramref name="last"/> (the
    /// rule's previous choice), fewest-open the one with the fewest <paramref name="open"/> tickets (ties: rule order).
    /// </summary>
    public static string? Choose(AssignmentMode mode, IReadOnlyList<string> candidates, string? last, IReadOnlyDictionary<string, int> open)
    {
        if (mode == AssignmentMode.Off || candidates.Count == 0)
        {
            return null;
        }

        if (mode == AssignmentMode.FewestOpen)
        {
            return candidates.OrderBy(c => open.TryGetValue(c, out var n) ? n : 0).First();
        }

        var at = last is null ? -1 : candidates.ToList().FindIndex(c => string.Equals(c, last, StringComparison.OrdinalIgnoreCase));
        return candidates[(at + 1) % candidates.Count];
    }

    /// <summary>The configuration cleaned: addresses trimmed and lower-cased, no doubles, one rule per category.</summary>
    public static IReadOnlyList<AssignmentRule> Normalise(IReadOnlyList<AssignmentRule> rules) =>
        rules
            .GroupBy(r => string.IsNullOrWhiteSpace(r.Category) ? null : r.Category.Trim())
            .Select(g => new AssignmentRule(g.Key, g.SelectMany(r => r.StaffEmails).Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).Distinct().ToList()))
            .ToList();
}
