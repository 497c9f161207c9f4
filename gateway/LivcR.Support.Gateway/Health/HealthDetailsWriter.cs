using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LivcR.Support.Gateway.Health;

/// <summary>
/// Writes a health report: the plain status ("Healthy") by default, or — when the caller accepts
/// <c>application/json</c> — every check with its status, description and details (e.g. the mailbox readers).
/// </summary>
public static class HealthDetailsWriter
{
    /// <summary>Writes the report.</summary>
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        var accept = http.Request.Headers.Accept.ToString();
        if (!accept.Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "text/plain";
            return http.Response.WriteAsync(report.Status.ToString());
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
