using LivcR.Support.Silo.Hosting;
using LivcR.Support.Silo.Persistence;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>The gateway as an Orleans client of a cluster (cluster mode).</summary>
public static class OrleansClientExtensions
{
    /// <summary>Connects to the silos listed in the PostgreSQL membership table.</summary>
    public static IHostApplicationBuilder AddSupportClusterClient(this IHostApplicationBuilder builder)
    {
        var persistence = builder.Configuration.GetSection(PersistenceOptions.SectionName).Get<PersistenceOptions>() ?? new PersistenceOptions();
        var cluster = builder.Configuration.GetSection(SupportClusterOptions.SectionName).Get<SupportClusterOptions>() ?? new SupportClusterOptions();
        if (persistence.Provider != PersistenceProvider.PostgreSql)
        {
            throw new InvalidOperationException("Gateway:Mode Client needs Persistence:Provider PostgreSql (the membership table).");
        }

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = persistence.Invariant;
                o.ConnectionString = persistence.EffectiveConnectionString;
            });
            client.AddActivityPropagation();
            if (builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.Dashboard ?? true)
            {
                client.AddDashboard(o => o.HideTrace = true);
            }
        });
        return builder;
    }
}
