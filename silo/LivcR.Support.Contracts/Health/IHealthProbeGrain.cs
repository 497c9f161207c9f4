namespace LivcR.Support.Contracts.Health;

/// <summary>Answers from the nearest silo, so a gateway can tell the cluster is reachable.</summary>
[Alias("livcr.health-probe")]
public interface IHealthProbeGrain : IGrainWithIntegerKey
{
    /// <summary>Returns the answering silo's name.</summary>
    [Alias("ping")]
    Task<string> PingAsync();
}
