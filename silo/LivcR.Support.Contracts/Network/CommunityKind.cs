namespace LivcR.Support.Contracts.Network;

/// <summary>What kind of community: a provincial platform or one of the groups.</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum CommunityKind
{
    /// <summary>A provincial platform (one per province, key: province).</summary>
    Platform = 1,

    /// <summary>The working group on radicalisation and polarisation (werkgroep radicalisering en polarisering).</summary>
    WorkingGroup = 2,

    /// <summary>The knowledge group (kennisgroep).</summary>
    KnowledgeGroup = 3,

    /// <summary>An intervision group of case managers: small and closed, with a capacity.</summary>
    Intervision = 4,
}
