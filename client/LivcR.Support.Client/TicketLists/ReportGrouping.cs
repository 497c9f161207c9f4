using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>How <see cref="SupportClient.TicketStatsAsync"/> groups (schema enum <c>ReportGrouping</c>).</summary>
public enum ReportGrouping
{
    /// <summary>ISO week, e.g. 2026-W48.</summary>
    [JsonStringEnumMemberName("WEEK")]
    Week,

    /// <summary>Month, e.g. 2026-11.</summary>
    [JsonStringEnumMemberName("MONTH")]
    Month,

    /// <summary>Category key.</summary>
    [JsonStringEnumMemberName("CATEGORY")]
    Category,

    /// <summary>Province key.</summary>
    [JsonStringEnumMemberName("PROVINCE")]
    Province,

    /// <summary>NIS code.</summary>
    [JsonStringEnumMemberName("MUNICIPALITY")]
    Municipality,

    /// <summary>Priority: LOW, NORMAL, HIGH, URGENT.</summary>
    [JsonStringEnumMemberName("PRIORITY")]
    Priority,

    /// <summary>The assignee's email address, "(niemand)" when unassigned.</summary>
    [JsonStringEnumMemberName("ASSIGNEE")]
    Assignee,
}
