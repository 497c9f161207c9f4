using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>Where a ticket stands (schema enum <c>TicketStatus</c>): NEW → OPEN → WAITING_FOR_MUNICIPALITY → RESOLVED → CLOSED.</summary>
public enum TicketStatus
{
    /// <summary>Submitted, not yet picked up by staff.</summary>
    [JsonStringEnumMemberName("NEW")]
    New,

    /// <summary>Staff are working on it.</summary>
    [JsonStringEnumMemberName("OPEN")]
    Open,

    /// <summary>Staff wait for the municipality; the SLA clock pauses.</summary>
    [JsonStringEnumMemberName("WAITING_FOR_MUNICIPALITY")]
    WaitingForMunicipality,

    /// <summary>Answered; closes by itself after some days without reply.</summary>
    [JsonStringEnumMemberName("RESOLVED")]
    Resolved,

    /// <summary>Final; a municipality's reply starts a linked follow-up ticket.</summary>
    [JsonStringEnumMemberName("CLOSED")]
    Closed,
}
