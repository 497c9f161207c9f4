using System.Net;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Network;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Storage;

namespace LivcR.Support.Silo.Hosting;

/// <summary>Wires the Orleans silo of the support system into a host.</summary>
public static class SiloHostingExtensions
{
    /// <summary>
    /// Checks the database and applies its schema, then adds the silo: localhost clustering on SQLite,
    /// ADO.NET clustering on PostgreSQL; grain state and reminders in the same database.
    /// </summary>
    /// <returns>False when the database cannot be used (already logged); the caller should exit.</returns>
    public static async Task<bool> AddSupportSiloAsync(this IHostApplicationBuilder builder, ILoggerFactory bootstrapLoggers)
    {
        var persistence = builder.Configuration.GetSection(PersistenceOptions.SectionName).Get<PersistenceOptions>() ?? new PersistenceOptions();
        var cluster = builder.Configuration.GetSection(SupportClusterOptions.SectionName).Get<SupportClusterOptions>() ?? new SupportClusterOptions();
        if (!await DatabaseBootstrap.PrepareAsync(persistence, bootstrapLoggers.CreateLogger(typeof(DatabaseBootstrap))))
        {
            return false;
        }

        builder.Services.AddOptions<PersistenceOptions>().BindConfiguration(PersistenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });

            if (persistence.Provider == PersistenceProvider.Sqlite)
            {
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            }
            else
            {
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = persistence.Invariant;
                    o.ConnectionString = persistence.EffectiveConnectionString;
                });
                var advertised = AdvertisedAddress(cluster);
                silo.ConfigureEndpoints(advertised, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
            }

            // On SQLite, Orleans' writes join the project's group commit (BatchedWriter) and its reads never wait for a writer.
            var sqlite = persistence.Provider == PersistenceProvider.Sqlite;
            silo.Services.AddAdoNetGrainStorage(StorageNames.SupportTables, o => o.Configure<BatchedWriter>((options, batch) =>
            {
                options.Invariant = persistence.Invariant;
                options.ConnectionString = sqlite ? null : persistence.EffectiveConnectionString;
                options.DataSource = sqlite ? GatedSource(persistence, batch) : null;
            }));
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Support, (sp, _) =>
                new NewGrainAwareStorage(sp.GetRequiredKeyedService<IGrainStorage>(StorageNames.SupportTables), sp.GetRequiredService<NewGrainIds>()));
            silo.UseAdoNetReminderService(o => o.Configure<BatchedWriter>((options, batch) =>
            {
                options.Invariant = persistence.Invariant;
                options.ConnectionString = sqlite ? null : persistence.EffectiveConnectionString;
                options.DataSource = sqlite ? GatedSource(persistence, batch) : null;
            }));
            silo.AddSupportGrains();
            silo.AddActivityPropagation();
            var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
            if (telemetry.Dashboard)
            {
                // Its live log view is off: logs may name persons, and they have their own place (Seq, with masking).
                silo.AddDashboard(o => o.HideTrace = true);
            }
        });
        return true;
    }

    private static GatedSqliteDataSource GatedSource(PersistenceOptions persistence, BatchedWriter batch) =>
        new(persistence.EffectiveConnectionString, SqliteWriteGate.For(persistence.SqliteFullPath), batch);

    /// <summary>The grains' own services and start-up tasks; storage and clustering are configured by the caller.</summary>
    public static ISiloBuilder AddSupportGrains(this ISiloBuilder silo)
    {
        silo.Services.AddSupportTicketOptions();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<Tickets.SlaPolicy>();
        silo.Services.AddSingleton<Municipalities.MunicipalityDirectory>();
        silo.Services.TryAddSingleton<BatchedWriter>();
        silo.Services.AddSingleton<ReadModel.TicketReadModel>();
        silo.Services.AddSingleton<TicketSaver>();
        silo.Services.AddSingleton<ReadModel.TicketQueries>();
        silo.Services.TryAddSingleton<Audit.AuditLog>();
        silo.Services.AddSingleton<ReadModel.ReadModelRebuilder>();
        silo.Services.AddSingleton<ReadModel.ProjectionRepair>();
        silo.Services.AddSingleton<Requests.RequestKeyStore>();
        silo.Services.AddOptions<Privacy.PrivacyOptions>().BindConfiguration(Privacy.PrivacyOptions.SectionName).ValidateOnStart();
        silo.Services.AddSingleton<Privacy.PersonalDataScreen>();
        silo.Services.AddSupportMail();
        silo.Services.AddMailInbound();
        // Orleans' own version-tolerant binary format: members are stored by [Id], types by [Alias],
        // so renaming a C# type or member never breaks stored state (the default JSON one stores CLR type names).
        foreach (var name in (string[])[StorageNames.Support, StorageNames.SupportTables])
        {
            silo.Services.AddKeyedSingleton<IGrainStorageSerializer>(
                name,
                (sp, _) => new OrleansGrainStorageSerializer(sp.GetRequiredService<Orleans.Serialization.Serializer>()));
        }

        silo.Services.TryAddSingleton<NewGrainIds>();
        silo.Services.AddOptions<People.PeopleOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.InitialAdmins = configuration.GetSection("Auth:InitialAdmins").Get<List<string>>() ?? [];
            o.DemoEnabled = configuration.GetValue<bool>("Demo:Enabled");
        });
        silo.AddStartupTask<Municipalities.ReferenceDataSeeder>();
        silo.AddStartupTask<People.PeopleSeeder>();
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<Contracts.Tickets.ITicketSweeperGrain>("tickets").StartAsync());
        // Before requests are served: a ticket stored by a process that stopped before its projection is listed again.
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<Contracts.Tickets.ITicketSweeperGrain>("tickets").RepairProjectionsAsync());
        silo.Services.AddOptions<Retention.RetentionOptions>().BindConfiguration(Retention.RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddSingleton<Retention.RetentionStore>();
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<Contracts.Retention.IRetentionGrain>(Contracts.Retention.IRetentionGrain.Key).StartAsync());
        silo.AddFaultInjection();
        silo.Services.AddSupportMetrics();
        silo.AddIncomingGrainCallFilter<Telemetry.CorrelationCallFilter>();
        Mail.MailChannelRegistration.AddSupportMailGrains(silo);
        silo.AddSupportNetwork();
        return silo;
    }

    /// <summary>SMTP options and the durable outbox, once (silo and gateway share them in one process).</summary>
    public static IServiceCollection AddSupportMail(this IServiceCollection services)
    {
        return Mail.MailChannelRegistration.AddMailChannel(services);
    }

    /// <summary>Binds <see cref="TicketOptions"/> once (silo and gateway share it in one process).</summary>
    public static IServiceCollection AddSupportTicketOptions(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Options.IPostConfigureOptions<TicketOptions>)))
        {
            services.AddOptions<TicketOptions>().BindConfiguration(TicketOptions.SectionName).ValidateDataAnnotations().ValidateOnStart()
                .PostConfigure(o => o.ApplyDefaults());
        }

        return services;
    }

    private static IPAddress AdvertisedAddress(SupportClusterOptions cluster)
    {
        if (!string.IsNullOrWhiteSpace(cluster.AdvertisedIPAddress))
        {
            return IPAddress.Parse(cluster.AdvertisedIPAddress);
        }

        var addresses = Dns.GetHostAddresses(Dns.GetHostName());
        return addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? IPAddress.Loopback;
    }
}
