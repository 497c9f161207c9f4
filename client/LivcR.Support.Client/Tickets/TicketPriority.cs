using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>How urgent a ticket is (schema enum <c>TicketPriority</c>); drives its SLA targets.</summary>
public enum TicketPriority
{
    /// <summary>Low.</summary>
    [JsonStringEnumMemberName("LOW")]
    Low,

    /// <summary>Normal, the default.</summary>
    [JsonStringEnumMemberName("NORMAL")]
    Normal,

    /// <summary>High.</summary>
    [JsonStringEnumMemberName("HIGH")]
    High,

    /// <summary>Urgent.</summary>
    [JsonStringEnumMemberName("URGENT")]
    Urgent,
}
