using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Limits on GraphQL documents. Section <c>GraphQL</c>.</summary>
/// <remarks>A document past a limit is refused before any resolver runs.</remarks>
public sealed class GraphQLLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>Deepest allowed selection nesting.</summary>
    [Range(2, 50)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest allowed estimated complexity.</summary>
    [Range(10, 1_000_000)]
    public int MaxComplexity { get; set; } = 4000;

    /// <summary>Most aliased fields in one document (aliases multiply work in one request).</summary>
    [Range(1, 1000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Requests per minute for a signed-in person.</summary>
    [Range(1, 100_000_000)]
    public int RequestsPerUserPerMinute { get; set; } = 600;

    /// <summary>Requests per minute per IP address for anonymous callers.</summary>
    [Range(1, 100_000_000)]
    public int RequestsPerIpPerMinute { get; set; } = 120;

    /// <summary>Show exception details in errors; only ever for local development.</summary>
    public bool ExposeExceptionDetails { get; set; }
}
