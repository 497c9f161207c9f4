using LivcR.Support.Silo.Hosting;
using LivcR.Support.Silo.Mail.Intake;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LivcR.Support.Gateway.Services;

/// <summary>Registers the services behind the email-channel fields (outbox, quarantine, mailboxes).</summary>
public static class MailChannelRegistration
{
    /// <summary>Adds <see cref="MailChannelService"/>, <see cref="TicketMailService"/> and what they need.</summary>
    public static IServiceCollection AddMailChannelServices(this IServiceCollection services)
    {
        services.AddSupportMail();
        services.TryAddSingleton<InboundMailStore>();
        services.AddScoped<TicketMailService>();
        return services.AddScoped<MailChannelService>();
    }
}
