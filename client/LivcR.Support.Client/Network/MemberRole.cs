using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>A member's role in a platform or group (schema enum <c>MemberRole</c>).</summary>
public enum MemberRole
{
    /// <summary>A member.</summary>
    [JsonStringEnumMemberName("MEMBER")]
    Member,

    /// <summary>An organiser of the platform or group.</summary>
    [JsonStringEnumMemberName("ORGANISER")]
    Organiser,
}
