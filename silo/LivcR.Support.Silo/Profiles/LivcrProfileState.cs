using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Silo.Profiles;

/// <summary>The stored LIVC-R profile of a municipality and its history.</summary>
[GenerateSerializer]
[Alias("livcr.livcr-profile-state")]
public sealed class LivcrProfileState
{
    /// <summary>The current profile; null while nobody edited it.</summary>
    [Id(0)]
    public LivcrProfileView? Profile { get; set; }

    /// <summary>The edits, oldest first, at most <see cref="LivcrProfileRules.MaxHistory"/>.</summary>
    [Id(1)]
    public List<LivcrProfileChange> History { get; set; } = [];
}
