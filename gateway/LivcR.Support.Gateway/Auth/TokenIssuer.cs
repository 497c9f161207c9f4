using System.Security.Claims;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Issues the standalone access tokens (JWT, HMAC-SHA256).</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, SymmetricSecurityKey key, [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
{
    /// <summary>A token for the person; roles are not in it (they are read from the person on every request).</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(PersonView person)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.Value.TokenLifetimeMinutes);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, person.Email),
                new Claim(options.Value.EmailClaim, person.Email),
                new Claim(JwtRegisteredClaimNames.Name, person.Name),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
