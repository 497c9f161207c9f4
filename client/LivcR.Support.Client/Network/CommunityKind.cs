using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>The kind of a community of the network (schema enum <c>CommunityKind</c>).</summary>
public enum CommunityKind
{
    /// <summary>A provincial platform (see <see cref="SupportClient.GetPlatformAsync"/>).</summary>
    [JsonStringEnumMemberName("PLATFORM")]
    Platform,

    /// <summary>The working group on radicalisation and polarisation (werkgroep radicalisering en polarisering).</summary>
    [JsonStringEnumMemberName("WORKING_GROUP")]
    WorkingGroup,

    /// <summary>The knowledge group (kennisgroep).</summary>
    [JsonStringEnumMemberName("KNOWLEDGE_GROUP")]
    KnowledgeGroup,

    /// <summary>An intervision group of case managers: small and closed, with a capacity.</summary>
    [JsonStringEnumMemberName("INTERVISION")]
    Intervision,
}
