using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>How new tickets get an assignee (schema enum <c>AssignmentMode</c>).</summary>
public enum AssignmentMode
{
    /// <summary>No automatic assignment.</summary>
    [JsonStringEnumMemberName("OFF")]
    Off,

    /// <summary>In turn among the staff of the ticket's category.</summary>
    [JsonStringEnumMemberName("ROUND_ROBIN")]
    RoundRobin,

    /// <summary>To the staff member of the category with the fewest tickets to handle.</summary>
    [JsonStringEnumMemberName("FEWEST_OPEN")]
    FewestOpen,
}
