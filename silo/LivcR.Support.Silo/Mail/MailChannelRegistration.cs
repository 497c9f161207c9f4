using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Outbox;
using LivcR.Support.Silo.Mail.Threading;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LivcR.Support.Silo.Mail;

/// <summary>Registers the email channel's services (once; silo and gateway may share a process).</summary>
public static class MailChannelRegistration
{
    /// <summary>SMTP, the channel options, the Message-ID signer and the durable outbox.</summary>
    public static IServiceCollection AddMailChannel(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(OutboxStore)))
        {
            return services;
        }

        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailChannelOptions>().BindConfiguration(MailChannelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart()
            .Validate(o => o.Mailboxes.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() == o.Mailboxes.Count, "Mail:Mailboxes: every mailbox needs its own Name.")
            .Validate(
                o => o.Mailboxes.All(m => System.ComponentModel.DataAnnotations.Validator.TryValidateObject(m, new(m), null, validateAllProperties: true)),
                "Mail:Mailboxes: every mailbox needs Name (a-z, 0-9, -), Host, Username and valid ports and folders.")
            .Validate(o => o.Mailboxes.All(m => !string.IsNullOrEmpty(m.Password) || !string.IsNullOrEmpty(m.OAuth2Token)), "Mail:Mailboxes: every mailbox needs a Password or an OAuth2Token.");
        services.AddMailThreading();
        services.TryAddSingleton<BatchedWriter>();
        services.AddSingleton<MailIdentity>();
        services.AddSingleton<SmtpTransport>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<Templates.TicketMailer>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<Contracts.Mail.IMailOutbox, DurableMailOutbox>();
        services.AddSingleton<Intake.QuarantineStore>();
        return services;
    }

    /// <summary>
    /// The silo's part: the staging of ticket mail, the intake, and at start the outbox's delivery worker and one reader per
    /// configured mailbox (their reminders keep them alive).
    /// </summary>
    public static ISiloBuilder AddSupportMailGrains(this ISiloBuilder silo)
    {
        silo.Services.AddMailChannel();
        silo.Services.AddSingleton<OutboxNudge>();
        silo.Services.AddSingleton<TicketNoticeOutbox>();
        silo.Services.TryAddSingleton<Tickets.TicketWriteHooks>();
        silo.Services.AddMailInbound();
        silo.Services.AddSingleton<Intake.InboundMailStore>();
        silo.Services.AddSingleton<Intake.InboundMailHandler>();
        silo.Services.TryAddSingleton<Intake.MailIntakeHooks>();
        silo.Services.AddSingleton<Telemetry.MailChannelGauges>();
        silo.AddStartupTask((services, _) =>
        {
            services.GetRequiredService<Telemetry.SupportMetrics>().ObserveMailChannel(services.GetRequiredService<Telemetry.MailChannelGauges>());
            return Task.CompletedTask;
        });
        silo.AddStartupTask((services, _) =>
            services.GetRequiredService<IGrainFactory>().GetGrain<Contracts.Mail.IMailOutboxGrain>(DurableMailOutbox.WorkerKey).StartAsync());
        silo.AddStartupTask(async (services, _) =>
        {
            var grains = services.GetRequiredService<IGrainFactory>();
            foreach (var mailbox in services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailChannelOptions>>().Value.Mailboxes)
            {
                await grains.GetGrain<Contracts.Mail.IMailboxGrain>(mailbox.Name).StartAsync();
            }
        });
        return silo;
    }
}
