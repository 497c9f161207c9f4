using LivcR.Support.Silo.Hosting;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo;

/// <summary>The silo process. <c>migrate</c> applies the database schema and exits.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        var migrateOnly = args.Length > 0 && args[0] == "migrate";
        var builder = Host.CreateApplicationBuilder(migrateOnly ? args[1..] : args);
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

        await builder.Build().RunAsync();
        return 0;
    }
}
