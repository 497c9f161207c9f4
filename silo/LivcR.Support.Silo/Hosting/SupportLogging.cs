using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace LivcR.Support.Silo.Hosting;

/// <summary>Serilog for every process: configured from <c>Serilog</c>, console by default, Seq when <c>Seq:ServerUrl</c> is set.</summary>
public static class SupportLogging
{
    /// <summary>Replaces the host's logging with Serilog and returns a factory usable before the host is built (it needs no disposing: the host owns the logger).</summary>
    public static SerilogLoggerFactory AddSupportLogging(this IHostApplicationBuilder builder)
    {
        // Defaults first; the Serilog section of the configuration overrides them.
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Filter.ByExcluding(e => WatchdogStartRace.IsSpurious(e, WatchdogStartRace.ProcessAge))
            .Enrich.WithProperty("Application", builder.Environment.ApplicationName);

        if (!builder.Configuration.GetSection("Serilog:WriteTo").Exists())
        {
            configuration.WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }

        var seqUrl = builder.Configuration["Seq:ServerUrl"];
        if (!string.IsNullOrWhiteSpace(seqUrl))
        {
            configuration.WriteTo.Seq(seqUrl, apiKey: builder.Configuration["Seq:ApiKey"], formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }

        var logger = configuration.CreateLogger();
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(logger, dispose: true);
        // For Serilog's own middleware (the gateway's request lines), which otherwise writes to the silent static logger.
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        return new SerilogLoggerFactory(logger);
    }
}
