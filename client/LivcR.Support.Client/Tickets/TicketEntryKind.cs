using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>What a thread entry is (schema enum <c>TicketEntryKind</c>).</summary>
public enum TicketEntryKind
{
    /// <summary>A public message.</summary>
    [JsonStringEnumMemberName("MESSAGE")]
    Message,

    /// <summary>A note only staff see.</summary>
    [JsonStringEnumMemberName("INTERNAL_NOTE")]
    InternalNote,

    /// <summary>Something the system recorded (status changed, assigned, …).</summary>
    [JsonStringEnumMemberName("SYSTEM_EVENT")]
    SystemEvent,
}
