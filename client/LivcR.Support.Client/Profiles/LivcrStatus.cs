using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>The status of a municipality's LIVC-R (schema enum <c>LivcrStatus</c>).</summary>
public enum LivcrStatus
{
    /// <summary>No LIVC-R yet; also every profile that was never edited.</summary>
    [JsonStringEnumMemberName("NOT_STARTED")]
    NotStarted,

    /// <summary>Being set up.</summary>
    [JsonStringEnumMemberName("STARTING")]
    Starting,

    /// <summary>Meets and works.</summary>
    [JsonStringEnumMemberName("ACTIVE")]
    Active,

    /// <summary>Exists on paper, has not met for a long time.</summary>
    [JsonStringEnumMemberName("DORMANT")]
    Dormant,

    /// <summary>Shares the LIVC-R of another municipality (<see cref="LivcrProfile.SharedWithNisCode"/>); mayors may share one.</summary>
    [JsonStringEnumMemberName("SHARED_WITH")]
    SharedWith,
}
