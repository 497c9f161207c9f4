using LivcR.Support.Bench;

var tickets = args.SkipWhile(a => a != "--tickets").Skip(1).Select(int.Parse).FirstOrDefault(100_000);
var results = new List<ModeResult> { await BenchRun.RunAsync("standalone (SQLite)", tickets, postgres: null) };
if (LocalPostgres.IsInstalled)
{
    await using var postgres = await LocalPostgres.StartAsync();
    results.Add(await BenchRun.RunAsync("cluster storage (PostgreSQL)", tickets, postgres));
}

var report = Report.Render(tickets, results);
Console.WriteLine(report);
await File.WriteAllTextAsync(Path.Combine(Report.BenchFolder(), "RESULTS.md"), report);
return 0;
