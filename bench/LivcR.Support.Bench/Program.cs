using LivcR.Support.Bench;

var arguments = BenchArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(BenchArguments.Usage);
    return 64;
}

return arguments.Mode is null
    ? await Orchestrator.RunAsync(arguments)
    : await ModeWorker.RunAsync(arguments);
