using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Network;

/// <summary>Wires network support into the silo: options, the mailer and the seeding of platforms and groups.</summary>
public static class NetworkRegistration
{
    /// <summary>Adds network support (platforms, groups, trainings, LIVC-R profiles).</summary>
    public static ISiloBuilder AddSupportNetwork(this ISiloBuilder silo)
    {
        silo.Services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddSingleton<NetworkMailer>();
        silo.AddStartupTask<NetworkSeeder>();
        silo.AddStartupTask<Trainings.TrainingDemoSeeder>();
        return silo;
    }
}
