using System.Globalization;
using LivcR.Support.RetentionBench;

var tickets = 100_000;
var output = Path.Combine(RepositoryRoot.Path, "bench", "RESULTS-retention.md");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--tickets" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 100:
            tickets = n;
            break;
        case "--out":
            output = Path.GetFullPath(args[i + 1]);
            break;
        default:
            Console.Error.WriteLine("usage: LivcR.Support.RetentionBench [--tickets N] [--out FILE]   (N ≥ 100, default 100000)");
            return 64;
    }
}

var started = DateTimeOffset.UtcNow;
var results = new List<RetentionResult>();
foreach (var postgres in (bool[])[false, true])
{
    Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {(postgres ? "PostgreSQL" : "SQLite")}: {tickets:N0} closed tickets");
    results.Add(await RetentionRun.MeasureAsync(tickets, postgres));
}

await File.WriteAllTextAsync(output, RetentionReport.Markdown(results, tickets, started, DateTimeOffset.UtcNow));
Console.WriteLine($"written: {output}");
return 0;
