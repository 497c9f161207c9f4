using LivcR.Support.Client;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Portal;

/// <summary>
/// Fresh municipal users for the browser tests: each signs in with a real mailed code, and a fresh address keeps every test
/// under the limit of sign-in codes per person and hour.
/// </summary>
internal static class PortalPeople
{
    public const string Gent = "44021";

    public const string Hasselt = "71072";

    /// <summary>A new person of the municipality (name: the part before the @) and a client with their token.</summary>
    public static async Task<(string Email, SupportClient Client)> NewAsync(PortalFixture portal, string nisCode, string prefix)
    {
        var domain = nisCode == Hasselt ? "hasselt.example" : "gent.example";
        var email = $"{prefix}.{Guid.NewGuid().ToString("N")[..8]}@{domain}";
        var token = await portal.Gateway.TokenAsync(email, new ServerRoleGrant(ServerRole.Municipal, nisCode));
        return (email, new SupportClient(portal.Gateway.Http, token));
    }

    /// <summary>A client of VVSG staff.</summary>
    public static async Task<SupportClient> StaffAsync(PortalFixture portal) =>
        new(portal.Gateway.Http, await portal.Gateway.StaffTokenAsync());
}
