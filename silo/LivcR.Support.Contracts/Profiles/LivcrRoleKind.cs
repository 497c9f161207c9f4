namespace LivcR.Support.Contracts.Profiles;

/// <summary>A role in a LIVC-R, filled by an organisation or function (never by a person discussed in a case).</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum LivcrRoleKind
{
    /// <summary>The mayor (chairs the LIVC-R).</summary>
    Mayor = 1,

    /// <summary>The information officer (informatieambtenaar) who links with the police's LTF.</summary>
    InformationOfficer = 2,

    /// <summary>The LIVC-R coordinator.</summary>
    Coordinator = 3,

    /// <summary>A socio-preventive partner (youth work, welfare, schools, OCMW…).</summary>
    SociopreventivePartner = 4,

    /// <summary>Any other role.</summary>
    Other = 5,
}
