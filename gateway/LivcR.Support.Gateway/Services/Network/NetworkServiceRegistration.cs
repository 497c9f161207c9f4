namespace LivcR.Support.Gateway.Services.Network;

/// <summary>Registers the network-support services of the gateway.</summary>
public static class NetworkServiceRegistration
{
    /// <summary>Adds the profile, platform/group and training services.</summary>
    public static IServiceCollection AddNetworkServices(this IServiceCollection services)
    {
        services.AddScoped<NetworkAudit>();
        services.AddScoped<LivcrProfileService>();
        services.AddScoped<NetworkService>();
        services.AddScoped<TrainingService>();
        return services;
    }
}
