using LivcR.Support.Contracts.Health;
using Orleans.Concurrency;

namespace LivcR.Support.Silo.Health;

/// <summary>Answers with the silo's address; local to the calling silo.</summary>
[StatelessWorker]
public sealed class HealthProbeGrain(ILocalSiloDetails silo) : Grain, IHealthProbeGrain
{
    /// <inheritdoc/>
    public Task<string> PingAsync() => Task.FromResult(silo.Name);
}
