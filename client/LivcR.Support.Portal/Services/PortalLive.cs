using System.Text.Json;
using LivcR.Support.Client;
using LivcR.Support.Portal.Session;

namespace LivcR.Support.Portal.Services;

/// <summary>
/// Live updates for the pages: the browser opens an event stream at the portal (its session cookie is all it has), and
/// the portal relays the gateway's subscription with the session's token. The pages' own script (<c>live.js</c>) then
/// fetches the page again and swaps in the part that changed, and shows who else is on a ticket.
/// </summary>
public static class PortalLive
{
    /// <summary>The name of the HTTP client for streams: no overall time limit (a stream lasts as long as the page).</summary>
    public const string HttpClientName = "gateway-live";

    /// <summary>A header the page's script sends with a presence announcement: a form of another site cannot.</summary>
    public const string ScriptHeader = "X-Livcr-Live";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The stream address of a ticket.</summary>
    public static string Ticket(string number) => "/live/tickets/" + Uri.EscapeDataString(number);

    /// <summary>The stream address of the ticket queue.</summary>
    public const string Queue = "/live/queue";

    /// <summary>Maps the stream and presence addresses.</summary>
    public static void MapPortalLive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/live/tickets/{number}", (string number, HttpContext http, PortalSession session, IHttpClientFactory clients) =>
            RelayAsync(http, session, clients, c => c.WatchTicketAsync(number, http.RequestAborted)));
        endpoints.MapGet("/live/queue", (HttpContext http, PortalSession session, IHttpClientFactory clients) =>
            RelayAsync(http, session, clients, c => c.WatchTicketQueueAsync(null, http.RequestAborted)));
        endpoints.MapPost("/live/tickets/{number}/presence", AnnounceAsync).DisableAntiforgery();
    }

    private static async Task RelayAsync(HttpContext http, PortalSession session, IHttpClientFactory clients, Func<SupportClient, IAsyncEnumerable<TicketChangeEvent>> watch)
    {
        if (session.User is not { } user)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var client = new SupportClient(clients.CreateClient(HttpClientName), user.AccessToken);
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await http.Response.StartAsync(http.RequestAborted);
            await foreach (var change in watch(client))
            {
                if (change.Kind is TicketChangeKind.Viewing or TicketChangeKind.Composing
                    && string.Equals(change.ActorEmail, user.Email, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var data = JsonSerializer.Serialize(new
                {
                    kind = change.Kind.ToString(),
                    number = change.Number,
                    version = change.Version,
                    actorName = change.ActorName,
                    mine = string.Equals(change.ActorEmail, user.Email, StringComparison.OrdinalIgnoreCase),
                }, Json);
                await http.Response.WriteAsync($"event: change\ndata: {data}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The page was closed.
        }
        catch (Exception ex) when (ex is SupportClientException or HttpRequestException or IOException)
        {
            // Refused (the page was not for this person), or the gateway went away: the stream ends; the browser tries again.
            if (!http.Response.HasStarted)
            {
                http.Response.StatusCode = StatusCodes.Status204NoContent;
            }
        }
    }

    private static async Task<IResult> AnnounceAsync(string number, HttpContext http, PortalSession session, IHttpClientFactory clients)
    {
        if (session.User is not { } user || !http.Request.Headers.ContainsKey(ScriptHeader))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        try
        {
            var client = new SupportClient(clients.CreateClient(PortalApi.HttpClientName), user.AccessToken);
            await client.AnnounceTicketPresenceAsync(number, http.Request.Query["composing"] == "true", http.RequestAborted);
            return Results.NoContent();
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
