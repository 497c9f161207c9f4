using System.Diagnostics;

namespace LivcR.Support.LiveBench;

/// <summary>
/// One subscription on a connection of its own, as one browser tab holds it: connects, subscribes, then reads every
/// message; the first must be <c>CURRENT</c>, the others go to the <see cref="DeliveryBoard"/> with the time they were
/// read. A transport supplies the connection and the framing.
/// </summary>
internal abstract class LiveSubscriber(int index, DeliveryBoard board) : IAsyncDisposable
{
    private readonly TaskCompletionSource<TimeSpan> _current = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private long _openedAt;
    private Task _reading = Task.CompletedTask;

    /// <summary>Completes with the time from opening to the <c>CURRENT</c> event; fails when the subscription was refused or broke first.</summary>
    public Task<TimeSpan> Current => _current.Task;

    /// <summary>Why the stream ended while the run still listened, if it did.</summary>
    public string? Failure { get; private set; }

    /// <summary>Connects and subscribes to <paramref name="query"/> (with <paramref name="variables"/>), then reads in the background.</summary>
    public async Task OpenAsync(string query, object? variables)
    {
        _openedAt = Stopwatch.GetTimestamp();
        try
        {
            await ConnectAsync(query, variables, _stopping.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or System.Net.WebSockets.WebSocketException or OperationCanceledException)
        {
            _current.TrySetException(ex);
            throw;
        }

        _reading = ReadAllAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _reading;
        await CloseAsync();
        _stopping.Dispose();
    }

    protected abstract Task ConnectAsync(string query, object? variables, CancellationToken cancellation);

    /// <summary>Reads messages until the stream ends, calling <see cref="OnMessage"/> for each event's JSON.</summary>
    protected abstract Task ReadAsync(CancellationToken cancellation);

    protected abstract ValueTask CloseAsync();

    /// <summary>One event's JSON, read at <paramref name="readAt"/> (a <see cref="Stopwatch"/> timestamp taken when its bytes arrived).</summary>
    protected void OnMessage(ReadOnlySpan<byte> json, long readAt)
    {
        var read = LiveEvent.Read(json);
        if (read.HasErrors)
        {
            Fail("errors: " + System.Text.Encoding.UTF8.GetString(json));
        }
        else if (read.Kind == "CURRENT")
        {
            _current.TrySetResult(Stopwatch.GetElapsedTime(_openedAt, readAt));
        }
        else
        {
            board.Record(index, read, readAt);
        }
    }

    protected void Fail(string reason)
    {
        Failure ??= reason;
        _current.TrySetException(new InvalidOperationException(reason));
    }

    private async Task ReadAllAsync()
    {
        await Task.Yield();
        try
        {
            await ReadAsync(_stopping.Token);
            if (!_stopping.IsCancellationRequested)
            {
                Fail("the server ended the stream");
            }
        }
        catch (Exception ex) when (_stopping.IsCancellationRequested && ex is OperationCanceledException or IOException or HttpRequestException or System.Net.WebSockets.WebSocketException or ObjectDisposedException)
        {
            // Closed by this run.
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or System.Net.WebSockets.WebSocketException)
        {
            Fail(ex.GetType().Name + ": " + ex.Message);
        }
    }
}
