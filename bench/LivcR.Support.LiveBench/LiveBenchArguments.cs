using System.Globalization;

namespace LivcR.Support.LiveBench;

/// <summary>
/// The command line. <c>--subscriptions N</c> (default 1 000), <c>--changes C</c> (default 30), <c>--transport</c>
/// (<c>sse</c>, <c>ws</c> or <c>both</c>), <c>--runs R</c> (each transport R times, default 3: on a shared machine one
/// run can be an outlier) and <c>--output FILE</c> are for people; <c>--gateway FOLDER</c> is how the
/// driver starts the gateway child in a temp folder it owns.
/// </summary>
internal sealed record LiveBenchArguments(int Subscriptions, int Changes, int Runs, IReadOnlyList<LiveTransport> Transports, string? Output, string? GatewayData)
{
    /// <summary>The gateway child allows one person this many subscriptions (the highest <c>Live:MaxSubscriptionsPerUser</c> accepts).</summary>
    public const int MaxSubscriptions = 10_000;

    public const string Usage = "usage: LivcR.Support.LiveBench [--subscriptions N] [--changes C] [--transport sse|ws|both] [--runs R] [--output FILE]   (10 ≤ N ≤ 10000, default 1000; 1 ≤ C ≤ 1000, default 30; 1 ≤ R ≤ 10, default 3)";

    public static LiveBenchArguments? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return null;
            }

            values[args[i][2..]] = args[++i];
        }

        if (!Number(values, "subscriptions", 1000, 10, MaxSubscriptions, out var subscriptions) || !Number(values, "changes", 30, 1, 1000, out var changes)
            || !Number(values, "runs", 3, 1, 10, out var runs))
        {
            return null;
        }

        LiveTransport[]? transports = [LiveTransport.ServerSentEvents, LiveTransport.WebSocket];
        if (values.Remove("transport", out var transport))
        {
            transports = transport switch
            {
                "sse" => [LiveTransport.ServerSentEvents],
                "ws" => [LiveTransport.WebSocket],
                "both" => transports,
                _ => null,
            };
        }

        values.Remove("output", out var output);
        values.Remove("gateway", out var gateway);
        return transports is not null && values.Count == 0 ? new LiveBenchArguments(subscriptions, changes, runs, transports, output, gateway) : null;
    }

    private static bool Number(Dictionary<string, string> values, string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        return !values.Remove(name, out var text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }
}

/// <summary>How the subscribers are connected.</summary>
internal enum LiveTransport
{
    /// <summary><c>POST /graphql/stream</c>, graphql-sse, one HTTP/1.1 connection per subscription.</summary>
    ServerSentEvents,

    /// <summary><c>/graphql/ws</c>, graphql-transport-ws, one WebSocket per subscription.</summary>
    WebSocket,
}
