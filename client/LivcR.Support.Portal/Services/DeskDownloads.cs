using LivcR.Support.Client;
using LivcR.Support.Portal.Session;
using Microsoft.AspNetCore.Http.Extensions;

namespace LivcR.Support.Portal.Services;

/// <summary>The desk's CSV export: the gateway's export of the tickets of a queue filter, handed over by the portal.</summary>
public static class DeskDownloads
{
    /// <summary>The export's address; it takes the queue's query parameters (<see cref="DeskQueueQuery"/>).</summary>
    public const string ExportPath = "/werkbak/export.csv";

    /// <summary>The export of the tickets a queue query shows (the filters the export supports).</summary>
    public static string Export(DeskQueueQuery query) => ExportPath + new Uri(new Uri("http://x"), query.Link()).Query;

    /// <summary>Maps the export address (staff only; others get 404).</summary>
    public static void MapDeskDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(ExportPath, (HttpContext http, PortalSession session, IHttpClientFactory clients, TimeProvider clock) =>
            session.User is { IsStaff: false }
                ? Task.FromResult(Results.NotFound())
                : PortalDownloads.SendAsync(http, session, clients, (c, ct) => c.ExportTicketsCsvAsync(FilterOf(http, session.User!, clock), ct)));

    private static TicketExportFilter FilterOf(HttpContext http, PortalUser user, TimeProvider clock)
    {
        var filter = DeskQueueQuery.Parse(http.Request.GetDisplayUrl()).Filter(user.Email, clock.GetUtcNow());
        return new TicketExportFilter
        {
            Statuses = filter.Statuses,
            Category = filter.Category,
            Province = filter.Province,
            MunicipalityNisCode = filter.MunicipalityNisCode,
            AssigneeEmail = filter.AssigneeEmail,
            Tag = filter.Tag,
            CreatedFrom = filter.CreatedFrom,
            CreatedTo = filter.CreatedTo,
            Text = filter.Text,
        };
    }
}
