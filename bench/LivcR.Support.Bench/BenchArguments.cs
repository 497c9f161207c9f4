using System.Globalization;

namespace LivcR.Support.Bench;

/// <summary>
/// The command line. <c>--tickets N</c> (default 100 000) is for people; <c>--mode</c>, <c>--connection</c> and
/// <c>--data</c> (a temp folder the orchestrator owns and deletes) are how it starts one child process per mode.
/// </summary>
internal sealed record BenchArguments(int Tickets, BenchMode? Mode, string? ConnectionString, string? DataFolder)
{
    public const int DefaultTickets = 100_000;

    public const string Usage = "usage: LivcR.Support.Bench [--tickets N]   (N ≥ 100, default 100000)";

    public static BenchArguments? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[arg[2..equals]] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                values[arg[2..]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        var tickets = DefaultTickets;
        if (values.Remove("tickets", out var text) && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out tickets) || tickets < 100))
        {
            return null;
        }

        BenchMode? mode = null;
        if (values.Remove("mode", out var modeText))
        {
            if (!Enum.TryParse<BenchMode>(modeText, ignoreCase: true, out var parsed))
            {
                return null;
            }

            mode = parsed;
        }

        values.Remove("connection", out var connection);
        values.Remove("data", out var data);
        return values.Count == 0 ? new BenchArguments(tickets, mode, connection, data) : null;
    }
}

/// <summary>Where the system keeps its data during a run.</summary>
internal enum BenchMode
{
    Sqlite,
    PostgreSql,
}
