using LivcR.Support.Contracts.People;

namespace LivcR.Support.Contracts.Access;

/// <summary>Who is calling, with the roles that count for this request.</summary>
[GenerateSerializer]
[Alias("livcr.actor")]
public sealed record Actor([property: Id(0)] string Email, [property: Id(1)] IReadOnlyList<RoleGrant> Roles)
{
    /// <summary>VVSG support staff.</summary>
    public bool IsStaff => Roles.Any(r => r.Role == Role.Staff);

    /// <summary>Administrator.</summary>
    public bool IsAdmin => Roles.Any(r => r.Role == Role.Admin);

    /// <summary>NIS codes of the municipalities this person works for.</summary>
    public IEnumerable<string> Municipalities => Roles.Where(r => r.Role == Role.Municipal).Select(r => r.Scope!);

    /// <summary>Province keys of the platforms this person organises.</summary>
    public IEnumerable<string> OrganisedProvinces => Roles.Where(r => r.Role == Role.Organiser).Select(r => r.Scope!);

    /// <summary>True when the person works for this municipality.</summary>
    public bool WorksFor(string nisCode) => Municipalities.Contains(nisCode, StringComparer.Ordinal);
}
