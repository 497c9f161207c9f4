using LivcR.Support.Client;
using LivcR.Support.Portal.Session;

namespace LivcR.Support.Portal.Services;

/// <summary>
/// Files a page links to (attachments): the portal fetches them through the typed client with the session's token and
/// hands them to the browser, which never holds a token.
/// </summary>
public static class PortalDownloads
{
    /// <summary>The portal address of an attachment.</summary>
    public static string Attachment(string id) => "/bijlagen/" + Uri.EscapeDataString(id);

    /// <summary>The portal address of a training session's iCalendar file.</summary>
    public static string TrainingCalendar(string sessionId) => "/vormingen/" + Uri.EscapeDataString(sessionId) + "/agenda.ics";

    /// <summary>The portal address of a training session's attendance list (staff; CSV).</summary>
    public static string TrainingAttendance(string sessionId) => "/werkbak/netwerk/vormingen/" + Uri.EscapeDataString(sessionId) + "/aanwezigheden.csv";

    /// <summary>Maps the download addresses.</summary>
    public static void MapPortalDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/bijlagen/{id}", (string id, HttpContext http, PortalSession session, IHttpClientFactory clients) =>
            SendAsync(http, session, clients, (c, ct) => c.DownloadAttachmentAsync(id, ct)));
        endpoints.MapGet("/vormingen/{sessionId}/agenda.ics", (string sessionId, HttpContext http, PortalSession session, IHttpClientFactory clients) =>
            SendAsync(http, session, clients, (c, ct) => c.DownloadTrainingCalendarAsync(sessionId, ct)));
        endpoints.MapGet(Components.Admin.AdminPersonDataPage.DownloadPath, (string email, HttpContext http, PortalSession session, IHttpClientFactory clients) =>
            session.User is { IsAdmin: false }
                ? Task.FromResult(Results.NotFound())
                : SendAsync(http, session, clients, (c, ct) => c.DownloadPersonDataAsync(email, ct)));
        endpoints.MapGet("/werkbak/netwerk/vormingen/{sessionId}/aanwezigheden.csv", (string sessionId, HttpContext http, PortalSession session, IHttpClientFactory clients) =>
            SendAsync(http, session, clients, (c, ct) => c.ExportTrainingAttendanceCsvAsync(sessionId, ct)));
    }

    /// <summary>Streams a file from the gateway, or answers 404 (nothing to see, or no right to it) or a redirect to sign-in.</summary>
    internal static async Task<IResult> SendAsync(HttpContext http, PortalSession session, IHttpClientFactory clients, Func<SupportClient, CancellationToken, Task<SupportFile>> fetch)
    {
        if (session.User is not { } user)
        {
            return Results.Redirect(PortalRoutes.SignIn(http.Request.Path + http.Request.QueryString));
        }

        try
        {
            var file = await fetch(new SupportClient(clients.CreateClient(PortalApi.HttpClientName), user.AccessToken), http.RequestAborted);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (SupportClientException refused) when (refused.Code == SupportErrorCodes.Unauthenticated)
        {
            session.SignOut();
            return Results.Redirect(PortalRoutes.SignIn(http.Request.Path + http.Request.QueryString));
        }
        catch (SupportClientException)
        {
            return Results.NotFound();
        }
        catch (HttpRequestException)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}
