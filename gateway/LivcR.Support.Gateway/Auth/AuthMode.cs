namespace LivcR.Support.Gateway.Auth;

/// <summary>Who issues access tokens.</summary>
public enum AuthMode
{
    /// <summary>The system itself, after a one-time code by email (standalone).</summary>
    Standalone,

    /// <summary>An external OpenID Connect provider (production).</summary>
    Oidc,
}
