using LivcR.Support.Contracts.Errors;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary><c>GET /exports/trainings/{sessionId}/attendance.csv</c>: staff download a session's attendance list; audited.</summary>
public static class TrainingExportEndpoint
{
    /// <summary>Maps the endpoint (the caller is resolved by the middleware that covers <c>/exports</c>).</summary>
    public static IEndpointConventionBuilder MapTrainingExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/exports/trainings/{sessionId}/attendance.csv", ExportAsync);

    private static async Task ExportAsync(
        HttpContext context, string sessionId, TrainingService trainings, CallerContext caller, AuditLog audit, MunicipalityDirectory municipalities, IOptions<TicketOptions> options)
    {
        try
        {
            var actor = caller.RequireActor();
            var session = await trainings.ForExportAsync(sessionId);
            await audit.RecordAsync(actor.Email, "training.export-attendance", $"session:{session.Id}", caller.Ip, AuditOutcome.Ok);
            var csv = TrainingAttendanceCsv.Write(session, municipalities.NameOf, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"aanwezigheden-{session.Id}.csv\"";
            await using var writer = new StreamWriter(context.Response.Body, TicketCsv.Encoding, leaveOpen: true);
            await writer.WriteAsync(csv);
        }
        catch (SupportException refused)
        {
            if (caller.Actor is { } actor && refused.Code is SupportErrorCode.Forbidden)
            {
                await audit.RecordAsync(actor.Email, "training.export-attendance", $"session:{sessionId}", caller.Ip, AuditOutcome.Denied);
            }

            await GraphQLHttpErrors.WriteRefusalAsync(context, refused);
        }
    }
}
