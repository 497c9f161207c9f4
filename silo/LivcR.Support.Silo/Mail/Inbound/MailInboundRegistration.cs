using LivcR.Support.Silo.Mail.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>Registers what reading incoming mail needs (once; silo and gateway may share a process).</summary>
public static class MailInboundRegistration
{
    /// <summary>Adds the Message-ID signer, <see cref="MailClassifier"/> (with <see cref="RobotSenderRules"/>) and <see cref="SenderResolver"/>.</summary>
    public static IServiceCollection AddMailInbound(this IServiceCollection services)
    {
        services.AddMailThreading();
        services.TryAddSingleton(sp => new RobotSenderRules(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailChannelOptions>>().Value.NoAcknowledgementSenders));
        services.TryAddSingleton<MailClassifier>();
        services.TryAddSingleton<SenderResolver>();
        return services;
    }
}
