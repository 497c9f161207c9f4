using System.Text;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Silo.Mail;
using LivcR.Support.Silo.Network;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>
/// <c>GET /exports/trainings/{sessionId}/calendar.ics</c>: anyone signed in downloads a session as an iCalendar file for their
/// own calendar, the same event (same UID) as the one in the registration mails.
/// </summary>
public static class TrainingCalendarEndpoint
{
    /// <summary>Maps the endpoint (the caller is resolved by the middleware that covers <c>/exports</c>).</summary>
    public static IEndpointConventionBuilder MapTrainingCalendar(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/exports/trainings/{sessionId}/calendar.ics", DownloadAsync);

    private static async Task DownloadAsync(
        HttpContext context, string sessionId, TrainingService trainings, CallerContext caller, IGrainFactory grains, IOptions<SmtpOptions> smtp,
        [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
    {
        try
        {
            var actor = caller.RequireActor();
            var session = await trainings.SessionAsync(sessionId);
            var name = (await grains.Person(actor.Email).GetAsync())?.Name ?? actor.Email;
            var calendar = CalendarEvents.ForTrainingSession(session.Id, session.TrainingTitle, session.Details, smtp.Value.From, smtp.Value.FromName, actor.Email, name);
            var bytes = Encoding.UTF8.GetBytes(ICalendarWriter.Write(calendar, clock.GetUtcNow()));
            context.Response.ContentType = "text/calendar; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"vorming-{session.Id}.ics\"";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes);
        }
        catch (SupportException refused)
        {
            await GraphQLHttpErrors.WriteRefusalAsync(context, refused);
        }
    }
}
