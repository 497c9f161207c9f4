namespace LivcR.Support.LiveBench;

/// <summary>What the changes of one run measured.</summary>
/// <param name="Deliveries">Over all (change × subscriber): from just before the mutation was sent to the subscriber reading the event.</param>
/// <param name="FirstPerChangeMs">For each change, when its first subscriber read it.</param>
/// <param name="LastPerChangeMs">For each change, when its last subscriber read it.</param>
/// <param name="Mutation">The reply mutations' own round trip (the change is published after it is stored, before the answer).</param>
/// <param name="Missed">Deliveries that did not arrive within the wait.</param>
/// <param name="GatewayCpuMsPerChange">The gateway process's CPU time per change, from sending it to its last delivery.</param>
/// <param name="DriverCpuMsPerChange">The same for the driver (the reply and reading every subscriber's socket).</param>
/// <param name="MachineCpuPercent">The whole machine's CPU use during the changes, % of all cores.</param>
/// <param name="LoadAverage">The machine's 1-minute load average after the changes (-1 where unknown).</param>
/// <param name="WarmChanges">Unmeasured changes sent before, with every subscriber open, until the gateway's JIT was quiet.</param>
/// <param name="JitMsPerChange">Time the gateway's JIT spent compiling during the measured changes, per change.</param>
internal sealed record ChangeSeries(
    Latency Deliveries,
    IReadOnlyList<double> FirstPerChangeMs,
    IReadOnlyList<double> LastPerChangeMs,
    Latency Mutation,
    int Missed,
    double GatewayCpuMsPerChange,
    double DriverCpuMsPerChange,
    double MachineCpuPercent,
    double LoadAverage,
    int WarmChanges,
    double JitMsPerChange)
{
    /// <summary>For each change, from its first subscriber to its last: the fan-out's own share of the delay.</summary>
    public IEnumerable<double> SpreadPerChangeMs => FirstPerChangeMs.Zip(LastPerChangeMs, (first, last) => last - first);
}
