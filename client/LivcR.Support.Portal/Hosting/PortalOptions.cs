namespace LivcR.Support.Portal.Hosting;

/// <summary>Settings of the web application (section <c>Portal</c>).</summary>
public sealed class PortalOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Portal";

    /// <summary>
    /// The gateway the portal calls (its GraphQL endpoint is <c>{GatewayUrl}/graphql</c>). Empty when the gateway hosts the
    /// portal: it then calls the address the server itself listens on.
    /// </summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Folder of the keys that protect the session cookie; relative to the working directory.</summary>
    /// <remarks>Every portal process behind one address needs the same keys, or a user is signed out when another one answers.</remarks>
    public string KeysPath { get; set; } = "data/portal-keys";

    /// <summary>How long one call to the gateway may take before the page says the service is unavailable.</summary>
    public int GatewayTimeoutSeconds { get; set; } = 30;
}
