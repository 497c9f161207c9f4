using System.Diagnostics;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Hosting;

/// <summary>Wires <see cref="FaultInjectionOptions"/> into the ticket save's hooks when a crash test switches a fault on.</summary>
public static partial class FaultInjection
{
    /// <summary>Binds the options and, at silo start, arms the faults they switch on (none by default).</summary>
    public static ISiloBuilder AddFaultInjection(this ISiloBuilder silo)
    {
        silo.Services.AddOptions<FaultInjectionOptions>().BindConfiguration(FaultInjectionOptions.SectionName).ValidateDataAnnotations();
        silo.AddStartupTask((services, _) =>
        {
            var faults = services.GetRequiredService<IOptions<FaultInjectionOptions>>().Value;
            var logger = services.GetRequiredService<ILogger<FaultInjectionOptions>>();
            if (faults.KillAfterTicketWrites > 0)
            {
                LogArmed(logger, faults.KillAfterTicketWrites, nameof(TicketWriteStep.AfterStateWrite));
                Arm(services.GetRequiredService<TicketWriteHooks>(), TicketWriteStep.AfterStateWrite, faults.KillAfterTicketWrites);
            }
            else if (faults.KillAfterRetentionPurges > 0)
            {
                LogArmed(logger, faults.KillAfterRetentionPurges, nameof(TicketWriteStep.AfterRetentionPurge));
                Arm(services.GetRequiredService<TicketWriteHooks>(), TicketWriteStep.AfterRetentionPurge, faults.KillAfterRetentionPurges);
            }

            return Task.CompletedTask;
        });
        return silo;
    }

    private static void Arm(TicketWriteHooks hooks, TicketWriteStep at, int times)
    {
        var seen = 0;
        hooks.OnStep = (step, _) =>
        {
            if (step == at && Interlocked.Increment(ref seen) == times)
            {
                Process.GetCurrentProcess().Kill();
            }

            return Task.CompletedTask;
        };
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Fault injection: this process kills itself at its {Times}th {Step}")]
    private static partial void LogArmed(ILogger logger, int times, string step);
}
