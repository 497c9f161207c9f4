using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace LivcR.Support.Tests.Telemetry;

/// <summary>Sums what one counter instance records from now on (other hosts in the test process have their own instances).</summary>
public sealed class CounterProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(long Value, Dictionary<string, string?> Tags)> _measurements = new();

    public CounterProbe(Counter<long> counter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument, counter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value?.ToString();
            }

            _measurements.Enqueue((value, copy));
        });
        _listener.Start();
    }

    /// <summary>The sum of the measurements whose tags include all of <paramref name="tags"/> (<c>"outcome=NewTicket"</c>).</summary>
    public long Sum(params string[] tags) => _measurements
        .Where(m => tags.All(t => m.Tags.TryGetValue(t.Split('=')[0], out var v) && v == t.Split('=')[1]))
        .Sum(m => m.Value);

    /// <summary>Waits until <see cref="Sum"/> of <paramref name="tags"/> reaches <paramref name="atLeast"/>, then returns it.</summary>
    public async Task<long> WaitForAsync(long atLeast, params string[] tags)
    {
        for (var i = 0; i < 200 && Sum(tags) < atLeast; i++)
        {
            await Task.Delay(100);
        }

        return Sum(tags);
    }

    public void Dispose() => _listener.Dispose();
}
