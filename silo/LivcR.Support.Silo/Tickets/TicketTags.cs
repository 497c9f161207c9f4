using LivcR.Support.Contracts.Errors;

namespace LivcR.Support.Silo.Tickets;

/// <summary>Tags: lower case, trimmed, 1–40 characters of letters, digits and dashes, at most 20 per ticket, sorted.</summary>
public static class TicketTags
{
    /// <summary>Most tags on one ticket.</summary>
    public const int MaxTags = 20;

    /// <summary>The tags cleaned and sorted; BAD_USER_INPUT for a tag that is not usable.</summary>
    public static List<string> Normalise(IEnumerable<string> tags)
    {
        var clean = tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var tag in clean)
        {
            if (tag.Length > 40 || !tag.All(c => char.IsLetterOrDigit(c) || c == '-'))
            {
                throw SupportException.BadInput("tags", $"Het label '{tag}' mag enkel letters, cijfers en streepjes bevatten (hoogstens 40 tekens).");
            }
        }

        return clean.Count <= MaxTags ? clean : throw SupportException.BadInput("tags", $"Hoogstens {MaxTags} labels per ticket.");
    }
}
