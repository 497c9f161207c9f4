namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>Reads fields of a parsed input object (GraphQL.NET hands them over as a dictionary).</summary>
internal static class InputValues
{
    /// <summary>A text field, or empty when absent (the domain rules then name the field).</summary>
    public static string Text(IDictionary<string, object?> value, string name) => OptionalText(value, name) ?? string.Empty;

    /// <summary>A text field, or null when absent.</summary>
    public static string? OptionalText(IDictionary<string, object?> value, string name) => value.TryGetValue(name, out var v) ? v as string : null;

    /// <summary>A field of a value type, or null when absent.</summary>
    public static T? Value<T>(IDictionary<string, object?> value, string name)
        where T : struct => value.TryGetValue(name, out var v) && v is T t ? t : null;

    /// <summary>A list field of parsed items, empty when absent.</summary>
    public static IReadOnlyList<T> List<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var v) && v is IEnumerable<object?> items ? items.OfType<T>().ToList() : [];
}
