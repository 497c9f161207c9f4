using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>A role in a LIVC-R (schema enum <c>LivcrRoleKind</c>), filled by an organisation, never by a person discussed in a case.</summary>
public enum LivcrRoleKind
{
    /// <summary>The mayor (chairs the LIVC-R).</summary>
    [JsonStringEnumMemberName("MAYOR")]
    Mayor,

    /// <summary>The information officer (informatieambtenaar) who links with the police's LTF.</summary>
    [JsonStringEnumMemberName("INFORMATION_OFFICER")]
    InformationOfficer,

    /// <summary>The LIVC-R coordinator.</summary>
    [JsonStringEnumMemberName("COORDINATOR")]
    Coordinator,

    /// <summary>A socio-preventive partner (youth work, welfare, schools, OCMW…).</summary>
    [JsonStringEnumMemberName("SOCIOPREVENTIVE_PARTNER")]
    SociopreventivePartner,

    /// <summary>Any other role.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}
