namespace LivcR.Support.Bench;

/// <summary>The figures of one mode.</summary>
internal sealed record ModeResult(
    string Mode,
    Latency Submit1,
    Latency Submit16,
    double RawInsert1PerSecond,
    double RawInsert16PerSecond,
    Latency List,
    Latency Search,
    long WorkingSetMiB,
    long GcHeapMiB,
    TimeSpan LoadTime);
