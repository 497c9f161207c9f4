using LivcR.Support.PrivacyBench;

var iterations = args.Length >= 2 && args[0] == "--iterations" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500;
var results = DetectorBench.Run(iterations);
Console.WriteLine(DetectorBench.Table(results));
var path = Path.Combine(DetectorBench.BenchFolder(), "RESULTS-privacy.md");
File.WriteAllText(path, DetectorBench.Report(results, iterations));
Console.WriteLine($"Written to {path}");
