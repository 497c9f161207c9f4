using LivcR.Support.Gateway.Hosting;

var app = await GatewayApp.BuildAsync(args);
if (app is null)
{
    return 2;
}

await app.RunAsync();
return 0;
