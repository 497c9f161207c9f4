using LivcR.Support.Silo.Telemetry;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>
/// Gives each request a correlation id (the caller's <c>X-Correlation-Id</c> when plain, else the trace id): on every log
/// line of the request, in the grain calls it makes, and in the response's header.
/// </summary>
public sealed class CorrelationMiddleware(RequestDelegate next)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var id = Correlation.Choose(context.Request.Headers[Correlation.HeaderName]);
        context.Response.Headers[Correlation.HeaderName] = id;
        using (Correlation.Begin(id))
        {
            await next(context);
        }
    }
}
