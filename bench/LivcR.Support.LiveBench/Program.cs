using LivcR.Support.LiveBench;

var arguments = LiveBenchArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(LiveBenchArguments.Usage);
    return 64;
}

return arguments.GatewayData is { } data
    ? await GatewayChild.RunAsync(data)
    : await LiveDriver.RunAsync(arguments);
