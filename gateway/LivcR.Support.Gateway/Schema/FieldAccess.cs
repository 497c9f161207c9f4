using GraphQL.Builders;

namespace LivcR.Support.Gateway.Schema;

/// <summary>
/// Marks a field below the root that checks access on its own, beyond what its parent's field checked (for instance the
/// mail behind a thread entry). The authorization matrix test reads the mark and requires a row for every such field.
/// </summary>
public static class FieldAccess
{
    /// <summary>The metadata key of the mark.</summary>
    public const string MetadataKey = "livcr.checksAccess";

    /// <summary>Marks the field.</summary>
    public static FieldBuilder<TSource, TReturn> ChecksAccess<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[MetadataKey] = true;
        return field;
    }
}
