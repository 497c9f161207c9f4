using LivcR.Support.Client;
using LivcR.Support.Portal.Services;
using LivcR.Support.Portal.Session;

namespace LivcR.Support.Portal.Hosting;

/// <summary>
/// <c>GET /vormingen/{sessionId}/agenda.ics</c>: the portal fetches the session's iCalendar file from the gateway with the
/// session's token and hands it to the browser, which never sees the token.
/// </summary>
public static class TrainingCalendarDownload
{
    /// <summary>Maps the download.</summary>
    public static IEndpointConventionBuilder MapTrainingCalendarDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/vormingen/{sessionId}/agenda.ics", DownloadAsync);

    private static async Task<IResult> DownloadAsync(string sessionId, PortalSession session, IHttpClientFactory httpClients, CancellationToken cancellationToken)
    {
        var back = "/vormingen/" + Uri.EscapeDataString(sessionId);
        if (session.User is not { } user)
        {
            return Results.Redirect(PortalRoutes.SignIn(back));
        }

        try
        {
            var client = new SupportClient(httpClients.CreateClient(PortalApi.HttpClientName), user.AccessToken);
            var file = await client.DownloadTrainingCalendarAsync(sessionId, cancellationToken);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (SupportClientException refused) when (refused.Code == SupportErrorCodes.Unauthenticated)
        {
            session.SignOut();
            return Results.Redirect(PortalRoutes.SignIn(back));
        }
        catch (SupportClientException refused) when (refused.Code == SupportErrorCodes.NotFound)
        {
            return Results.Redirect("/niet-gevonden");
        }
        catch (HttpRequestException e)
        {
            throw new GatewayUnavailableException(e);
        }
    }
}
