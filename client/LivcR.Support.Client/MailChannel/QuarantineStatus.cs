using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>Where a quarantined mail stands (schema enum <c>QuarantineStatus</c>).</summary>
public enum QuarantineStatus
{
    /// <summary>Waiting for staff.</summary>
    [JsonStringEnumMemberName("QUARANTINED")]
    Quarantined,

    /// <summary>Made into a ticket.</summary>
    [JsonStringEnumMemberName("RELEASED")]
    Released,

    /// <summary>Thrown away.</summary>
    [JsonStringEnumMemberName("DISCARDED")]
    Discarded,
}
