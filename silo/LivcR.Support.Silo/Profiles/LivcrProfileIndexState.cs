using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Silo.Profiles;

/// <summary>The stored overview of one province's edited LIVC-R profiles.</summary>
[GenerateSerializer]
[Alias("livcr.livcr-profile-index-state")]
public sealed class LivcrProfileIndexState
{
    /// <summary>Latest summary per NIS code.</summary>
    [Id(0)]
    public Dictionary<string, LivcrProfileSummary> Profiles { get; set; } = new(StringComparer.Ordinal);
}
