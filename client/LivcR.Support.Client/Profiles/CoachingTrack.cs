using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>The coaching track VVSG follows with a LIVC-R (schema enum <c>CoachingTrack</c>).</summary>
public enum CoachingTrack
{
    /// <summary>Starting a LIVC-R.</summary>
    [JsonStringEnumMemberName("START")]
    Start,

    /// <summary>Reactivating a dormant one.</summary>
    [JsonStringEnumMemberName("REACTIVATE")]
    Reactivate,

    /// <summary>Optimising a working one.</summary>
    [JsonStringEnumMemberName("OPTIMISE")]
    Optimise,

    /// <summary>Following up from a distance.</summary>
    [JsonStringEnumMemberName("MONITOR")]
    Monitor,
}
