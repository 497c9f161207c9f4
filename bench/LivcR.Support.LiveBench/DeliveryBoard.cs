using System.Diagnostics;

namespace LivcR.Support.LiveBench;

/// <summary>
/// When each subscriber read each change of one ticket: change <c>c</c> is the event with version
/// <c>baseVersion + 1 + c</c>. A subscriber's reading is kept as a <see cref="Stopwatch"/> timestamp, the first one
/// only; when every subscriber has read change <c>c</c>, <see cref="AllReadAsync"/> of it completes.
/// </summary>
internal sealed class DeliveryBoard
{
    private readonly string _number;
    private readonly int _baseVersion;
    private readonly long[][] _readAt;
    private readonly int[] _missing;
    private readonly TaskCompletionSource[] _allRead;
    private int _others;

    public DeliveryBoard(string number, int baseVersion, int subscribers, int changes)
    {
        _number = number;
        _baseVersion = baseVersion;
        _readAt = Enumerable.Range(0, changes).Select(_ => new long[subscribers]).ToArray();
        _missing = Enumerable.Repeat(subscribers, changes).ToArray();
        _allRead = Enumerable.Range(0, changes).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
    }

    /// <summary>Events that were no change of this run (a RESYNC, another ticket, a repeat).</summary>
    public int Others => Volatile.Read(ref _others);

    public int Changes => _readAt.Length;

    public int Subscribers => _readAt[0].Length;

    /// <summary>The version change <paramref name="change"/> gives the ticket.</summary>
    public int VersionOf(int change) => _baseVersion + 1 + change;

    /// <summary>Subscriber <paramref name="subscriber"/> read an event at <paramref name="timestamp"/>.</summary>
    public void Record(int subscriber, in LiveEvent read, long timestamp)
    {
        var change = read.Version - _baseVersion - 1;
        if (!string.Equals(read.Number, _number, StringComparison.Ordinal) || change < 0 || change >= _readAt.Length
            || Interlocked.CompareExchange(ref _readAt[change][subscriber], timestamp, 0) != 0)
        {
            Interlocked.Increment(ref _others);
            return;
        }

        if (Interlocked.Decrement(ref _missing[change]) == 0)
        {
            _allRead[change].TrySetResult();
        }
    }

    public Task AllReadAsync(int change) => _allRead[change].Task;

    /// <summary>How many subscribers have not read change <paramref name="change"/>.</summary>
    public int Missing(int change) => Volatile.Read(ref _missing[change]);

    /// <summary>Milliseconds from <paramref name="sentAt"/> to each subscriber's reading of the change (those who read it).</summary>
    public IEnumerable<double> Delays(int change, long sentAt) =>
        _readAt[change].Where(t => t != 0).Select(t => Stopwatch.GetElapsedTime(sentAt, t).TotalMilliseconds);
}
