using Serilog.Context;

namespace LivcR.Support.Silo.Telemetry;

/// <summary>Puts the correlation id a grain call carries on the log lines written while the grain handles it.</summary>
public sealed class CorrelationCallFilter : IIncomingGrainCallFilter
{
    /// <inheritdoc/>
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (Correlation.Current is not { } id)
        {
            await context.Invoke();
            return;
        }

        using (LogContext.PushProperty(Correlation.PropertyName, id))
        {
            await context.Invoke();
        }
    }
}
