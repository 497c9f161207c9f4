using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>Where a training registration stands (schema enum <c>RegistrationStatus</c>).</summary>
public enum RegistrationStatus
{
    /// <summary>Has a seat.</summary>
    [JsonStringEnumMemberName("CONFIRMED")]
    Confirmed,

    /// <summary>On the waitlist; promoted first come, first served when a seat frees up.</summary>
    [JsonStringEnumMemberName("WAITLISTED")]
    Waitlisted,

    /// <summary>Cancelled.</summary>
    [JsonStringEnumMemberName("CANCELLED")]
    Cancelled,
}
