using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>What a live event tells (schema enum <c>TicketChangeKind</c>).</summary>
public enum TicketChangeKind
{
    /// <summary>Not a change: where things stand when the stream starts (also after a reconnect).</summary>
    [JsonStringEnumMemberName("CURRENT")]
    Current,

    /// <summary>The ticket was opened.</summary>
    [JsonStringEnumMemberName("CREATED")]
    Created,

    /// <summary>A public message was added.</summary>
    [JsonStringEnumMemberName("MESSAGE")]
    Message,

    /// <summary>An internal note was added (staff only).</summary>
    [JsonStringEnumMemberName("NOTE")]
    Note,

    /// <summary>Anything else that was stored.</summary>
    [JsonStringEnumMemberName("UPDATED")]
    Updated,

    /// <summary>A staff member has the ticket open (staff only).</summary>
    [JsonStringEnumMemberName("VIEWING")]
    Viewing,

    /// <summary>A staff member is writing (staff only).</summary>
    [JsonStringEnumMemberName("COMPOSING")]
    Composing,

    /// <summary>Events may have been missed: read again.</summary>
    [JsonStringEnumMemberName("RESYNC")]
    Resync,
}
