using System.Text.Json.Serialization;

namespace LivcR.Support.Bench;

/// <summary>The figures of one mode, as the child process hands them to the orchestrator (JSON).</summary>
internal sealed record ModeResult(
    BenchMode Mode,
    int Tickets,
    int WarmUp,
    Latency Submit1,
    Latency Submit16,
    CpuUse Submit16Cpu,
    Latency GrainDirect16,
    Latency HttpFloor16,
    Latency RawInsert1,
    Latency RawInsert16,
    Latency List,
    Latency Search,
    int SearchTotalCount,
    double WorkingSetMiB,
    double GcHeapMiB,
    TimeSpan LoadTime,
    Latency RepairScan,
    Latency RepairBehind,
    PortalResult? Portal)
{
    [JsonIgnore]
    public string Name => Mode == BenchMode.Sqlite ? "standalone (SQLite)" : "PostgreSQL storage";

    [JsonIgnore]
    public double Ratio1 => RawInsert1.PerSecond > 0 ? Submit1.PerSecond / RawInsert1.PerSecond : 0;

    [JsonIgnore]
    public double Ratio16 => RawInsert16.PerSecond > 0 ? Submit16.PerSecond / RawInsert16.PerSecond : 0;
}
