using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>The order of a ticket list (schema enum <c>TicketOrder</c>).</summary>
public enum TicketOrder
{
    /// <summary>Earliest due time first (the default).</summary>
    [JsonStringEnumMemberName("DUE_AT")]
    DueAt,

    /// <summary>Most urgent first.</summary>
    [JsonStringEnumMemberName("PRIORITY")]
    Priority,

    /// <summary>Most recently changed first.</summary>
    [JsonStringEnumMemberName("UPDATED")]
    Updated,

    /// <summary>Newest first.</summary>
    [JsonStringEnumMemberName("CREATED")]
    Created,
}
