using System.Security.Claims;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.People;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Turns an authenticated principal into an <see cref="Actor"/>: the person's roles plus roles carried by the token.</summary>
public sealed class ActorResolver(IGrainFactory grains, IOptions<AuthOptions> options)
{
    /// <summary>The actor, or null for an anonymous caller or a token without an email address.</summary>
    public async Task<Actor?> ResolveAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var email = user.FindFirst(options.Value.EmailClaim)?.Value ?? user.FindFirst("sub")?.Value;
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var person = await grains.Person(email).GetAsync();
        var roles = new List<RoleGrant>(person?.Roles ?? []);
        foreach (var claim in user.FindAll(options.Value.RoleClaim))
        {
            if (RoleGrant.Parse(claim.Value) is { } grant && !roles.Contains(grant))
            {
                roles.Add(grant);
            }
        }

        return new Actor(PersonKeys.Normalise(email), roles);
    }
}
