using LivcR.Support.Portal.Hosting;

// The portal as a process of its own, in front of a gateway (Portal:GatewayUrl); standalone, the gateway hosts it.
var builder = WebApplication.CreateBuilder(args);
builder.AddSupportPortal();
var app = builder.Build();
app.MapSupportPortal();
app.Run();
