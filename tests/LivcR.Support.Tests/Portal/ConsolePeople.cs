using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Portal;

/// <summary>Fresh organisers, administrators and staff for the console, administration and desk pages (each signs in with a mailed code).</summary>
internal static class ConsolePeople
{
    /// <summary>A new person with these roles (name: the part before the @), e.g. <c>organisator.1a2b3c4d@limburg.example</c>.</summary>
    public static async Task<string> NewAsync(PortalFixture portal, string prefix, string domain, params ServerRoleGrant[] roles)
    {
        var email = $"{prefix}.{Guid.NewGuid().ToString("N")[..8]}@{domain}";
        await portal.Gateway.TokenAsync(email, roles);
        return email;
    }

    /// <summary>The organiser role of a province (key such as <c>limburg</c>).</summary>
    public static ServerRoleGrant Organiser(string province) => new(ServerRole.Organiser, province);

    /// <summary>The staff role.</summary>
    public static ServerRoleGrant Staff { get; } = new(ServerRole.Staff, null);

    /// <summary>The administrator role.</summary>
    public static ServerRoleGrant Admin { get; } = new(ServerRole.Admin, null);
}
