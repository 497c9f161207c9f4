using LivcR.Support.Silo.Hosting;

namespace LivcR.Support.Gateway.Services;

/// <summary>Registers the services behind the email-channel fields (outbox, quarantine, mailboxes).</summary>
public static class MailChannelRegistration
{
    /// <summary>Adds <see cref="MailChannelService"/> and what it needs.</summary>
    public static IServiceCollection AddMailChannelServices(this IServiceCollection services)
    {
        services.AddSupportMail();
        return services.AddScoped<MailChannelService>();
    }
}
