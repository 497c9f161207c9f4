using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>Limits of the GraphQL-over-HTTP endpoint. Section <c>GraphQL</c>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest accepted request body in bytes; a larger one gets 413 and is not read further.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
