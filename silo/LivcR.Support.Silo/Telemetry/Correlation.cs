using System.Diagnostics;
using Serilog.Context;

namespace LivcR.Support.Silo.Telemetry;

/// <summary>
/// The correlation id of one request or one incoming mail: the <c>CorrelationId</c> property of every log line written
/// for it, in the gateway and in the grains it calls (carried in Orleans' <see cref="RequestContext"/>).
/// </summary>
public static class Correlation
{
    /// <summary>The log property.</summary>
    public const string PropertyName = "CorrelationId";

    /// <summary>The HTTP header a caller may send (and always gets back).</summary>
    public const string HeaderName = "X-Correlation-Id";

    /// <summary>The <see cref="RequestContext"/> key.</summary>
    public const string RequestContextKey = "livcr.correlation";

    private const int MaxLength = 64;

    /// <summary>The caller's id when it is short and plain (letters, digits, <c>-_.:</c>), else the current trace id, else a new one.</summary>
    public static string Choose(string? offered)
    {
        if (!string.IsNullOrEmpty(offered) && offered.Length <= MaxLength && offered.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
        {
            return offered;
        }

        return Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : Guid.NewGuid().ToString("N");
    }

    /// <summary>Makes <paramref name="id"/> the correlation id of what follows in this async flow: log lines and grain calls.</summary>
    public static IDisposable Begin(string id)
    {
        var before = Current;
        RequestContext.Set(RequestContextKey, id);
        return new Scope(before, LogContext.PushProperty(PropertyName, id));
    }

    /// <summary>The correlation id carried by the current grain call, or null.</summary>
    public static string? Current => RequestContext.Get(RequestContextKey) as string;

    private sealed class Scope(string? before, IDisposable logProperty) : IDisposable
    {
        public void Dispose()
        {
            logProperty.Dispose();
            if (before is null)
            {
                RequestContext.Remove(RequestContextKey);
            }
            else
            {
                RequestContext.Set(RequestContextKey, before);
            }
        }
    }
}
