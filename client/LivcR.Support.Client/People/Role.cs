using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>A role (schema enum <c>Role</c>); MUNICIPAL and ORGANISER have a scope.</summary>
public enum Role
{
    /// <summary>Municipal staff, scoped to one municipality (NIS code).</summary>
    [JsonStringEnumMemberName("MUNICIPAL")]
    Municipal,

    /// <summary>VVSG support staff.</summary>
    [JsonStringEnumMemberName("STAFF")]
    Staff,

    /// <summary>Provincial platform organiser, scoped to one province (key such as <c>limburg</c>).</summary>
    [JsonStringEnumMemberName("ORGANISER")]
    Organiser,

    /// <summary>Administrator: people, roles, configuration (no ticket content unless also staff).</summary>
    [JsonStringEnumMemberName("ADMIN")]
    Admin,
}
