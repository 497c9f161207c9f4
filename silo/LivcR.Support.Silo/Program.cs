using LivcR.Support.Silo.Hosting;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo;

/// <summary>The silo process. <c>migrate</c> applies the database schema and exits; <c>rebuild-read-model</c> re-projects all tickets and exits.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        var command = args.Length > 0 && args[0] is "migrate" or "rebuild-read-model" ? args[0] : null;
        var migrateOnly = command == "migrate";
        var builder = Host.CreateApplicationBuilder(command is null ? args : args[1..]);
        var loggers = builder.AddSupportLogging();
        if (migrateOnly)
        {
            var options = builder.Configuration.GetSection(PersistenceOptions.SectionName).Get<PersistenceOptions>() ?? new PersistenceOptions();
            options.ApplySchemaOnStart = true;
            return await DatabaseBootstrap.PrepareAsync(options, loggers.CreateLogger(typeof(Program))) ? 0 : 2;
        }

        if (!await builder.AddSupportSiloAsync(loggers))
        {
            return 2;
        }

        builder.AddSupportTelemetry();

        using var host = builder.Build();
        await (command == "rebuild-read-model" ? ReadModel.ReadModelRebuilder.RunOnceAsync(host) : host.RunAsync());
        return 0;
    }
}
