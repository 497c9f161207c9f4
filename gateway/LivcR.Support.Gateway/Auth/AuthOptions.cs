using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Sign-in and tokens. Section <c>Auth</c>.</summary>
/// <remarks>The standalone signing key is generated on first start and kept in <see cref="SigningKeyPath"/>, never in the repository.</remarks>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Auth";

    /// <summary>Standalone (own codes and tokens) or Oidc (external provider).</summary>
    public AuthMode Mode { get; set; } = AuthMode.Standalone;

    /// <summary>The OIDC authority (Oidc mode).</summary>
    public string? Authority { get; set; }

    /// <summary>The token audience.</summary>
    [Required]
    public string Audience { get; set; } = "livcr-support";

    /// <summary>The issuer of standalone tokens.</summary>
    [Required]
    public string Issuer { get; set; } = "livcr-support";

    /// <summary>The claim with the person's email address.</summary>
    [Required]
    public string EmailClaim { get; set; } = "email";

    /// <summary>The claim with roles and scopes (values like "municipal:44021", "staff"); added to the roles the system keeps.</summary>
    [Required]
    public string RoleClaim { get; set; } = "livcr_roles";

    /// <summary>Lifetime of a standalone access token.</summary>
    [Range(1, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Where the standalone signing key is kept (relative to the working directory).</summary>
    [Required]
    public string SigningKeyPath { get; set; } = Path.Combine("data", "signing-key");

    /// <summary>Sign-in code requests per IP address per 10 minutes.</summary>
    [Range(1, 10_000)]
    public int CodeRequestsPerIpPer10Minutes { get; set; } = 20;
}
