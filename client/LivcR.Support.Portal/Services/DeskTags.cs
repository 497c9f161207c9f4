using System.Reflection;
using System.Text.Json.Serialization;

namespace LivcR.Support.Portal.Services;

/// <summary>Small conversions of the desk's forms: tags typed as one line, and enum values as the schema names them.</summary>
public static class DeskTags
{
    /// <summary>Tags typed as "factuur, dringend" (commas or semicolons), trimmed, without doubles, in the order typed.</summary>
    public static IReadOnlyList<string> Parse(string? typed) =>
        (typed ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Tags as one line for a text field.</summary>
    public static string Join(IEnumerable<string> tags) => string.Join(", ", tags);

    /// <summary>An enum value's schema name (e.g. OOST_VLAANDEREN), as the addresses of the desk carry it.</summary>
    public static string Wire<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString().ToUpperInvariant();
}
