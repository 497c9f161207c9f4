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
            if (faults.KillAfterTicketWrites > 0)
            {
                Arm(services.GetRequiredService<TicketWriteHooks>(), faults.KillAfterTicketWrites, services.GetRequiredService<ILogger<FaultInjectionOptions>>());
            }

            return Task.CompletedTask;
        });
        return silo;
    }

    private static void Arm(TicketWriteHooks hooks, int writes, ILogger logger)
    {
        LogArmed(logger, writes);
        var seen = 0;
        hooks.OnStep = (step, _) =>
        {
            if (step == TicketWriteStep.AfterStateWrite && Interlocked.Increment(ref seen) == writes)
            {
                Process.GetCurrentProcess().Kill();
            }

            return Task.CompletedTask;
        };
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Fault injection: this process kills itself after {Writes} ticket state write(s)")]
    private static partial void LogArmed(ILogger logger, int writes);
}
