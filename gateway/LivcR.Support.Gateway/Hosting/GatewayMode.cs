namespace LivcR.Support.Gateway.Hosting;

/// <summary>How the gateway reaches the grains.</summary>
public enum GatewayMode
{
    /// <summary>Hosts a silo in the same process (the default; with SQLite this is standalone mode).</summary>
    CoHostedSilo,

    /// <summary>An Orleans client of a cluster of separate silos (PostgreSQL membership).</summary>
    Client,
}
