using LivcR.Support.Client;

namespace LivcR.Support.Portal.Session;

/// <summary>The signed-in person as the session cookie carries them: the gateway's token and what the layout shows.</summary>
/// <param name="Email">The person's address.</param>
/// <param name="Name">The name to greet them with.</param>
/// <param name="AccessToken">The gateway's bearer token; never leaves the server.</param>
/// <param name="ExpiresAt">When the token expires; the session ends with it.</param>
/// <param name="NisCode">The NIS code of the person's municipality, when they have one.</param>
/// <param name="MunicipalityName">That municipality's name.</param>
/// <param name="IsStaff">True for VVSG staff: the desk is their home.</param>
/// <param name="IsAdmin">True for administrators (people and roles, categories).</param>
/// <param name="OrganisedProvinces">The provinces whose platform the person organises (the console).</param>
/// <remarks>
/// What the roles decide here is only which pages and links to offer: every call is checked again by the gateway, so a
/// cookie from before a role change shows a link that then answers "geen toegang".
/// </remarks>
public sealed record PortalUser(
    string Email,
    string Name,
    string AccessToken,
    DateTimeOffset ExpiresAt,
    string? NisCode,
    string? MunicipalityName,
    bool IsStaff = false,
    bool IsAdmin = false,
    IReadOnlyList<Province>? OrganisedProvinces = null)
{
    /// <summary>True when the person organises at least one provincial platform.</summary>
    public bool IsOrganiser => OrganisedProvinces is { Count: > 0 };

    /// <summary>True when the person works for a municipality (the municipal pages).</summary>
    public bool IsMunicipal => NisCode is not null;
}
