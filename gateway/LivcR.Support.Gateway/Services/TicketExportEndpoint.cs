using System.Globalization;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.ReadModel;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Services;

/// <summary><c>GET /exports/tickets.csv</c>: the caller's filtered ticket list as CSV (at most 10 000 rows), audited.</summary>
public static class TicketExportEndpoint
{
    private const int MaxRows = 10_000;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointConventionBuilder MapTicketExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/exports/tickets.csv", ExportAsync);

    private static async Task ExportAsync(
        HttpContext context, TicketListService tickets, CallerContext caller, AuditLog audit, MunicipalityDirectory municipalities, IGrainFactory grains, IOptions<TicketOptions> options)
    {
        try
        {
            var actor = caller.RequireActor();
            var filter = FilterFrom(context.Request.Query);
            var first = await tickets.FindAsync(filter, TicketOrder.Created, 200, null);
            await audit.RecordAsync(actor.Email, "ticket.export", $"tickets:{first.TotalCount}", caller.Ip, AuditOutcome.Ok);
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"tickets-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv\"";
            await using var writer = new StreamWriter(context.Response.Body, TicketCsv.Encoding, leaveOpen: true);
            // Retired categories too: tickets keep their keys.
            var categories = (await grains.TicketCatalog().GetAsync()).Categories.ToDictionary(c => c.Key, c => c.Label, StringComparer.Ordinal);
            await TicketCsv.WriteAsync(writer, Pages(tickets, filter, first), municipalities.NameOf,
                key => categories.GetValueOrDefault(key, key), TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));
        }
        catch (SupportException refused)
        {
            await GraphQLHttpErrors.WriteRefusalAsync(context, refused);
        }
    }

    private static async IAsyncEnumerable<TicketSummary> Pages(TicketListService tickets, TicketFilter filter, TicketPage page)
    {
        var written = 0;
        while (true)
        {
            foreach (var item in page.Items)
            {
                if (written++ == MaxRows)
                {
                    yield break;
                }

                yield return item;
            }

            if (!page.HasNextPage)
            {
                yield break;
            }

            page = await tickets.FindAsync(filter, TicketOrder.Created, 200, page.EndCursor);
        }
    }

    private static TicketFilter FilterFrom(IQueryCollection query)
    {
        static string? One(IQueryCollection q, string name) => q.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0] : null;
        static DateTimeOffset? Time(IQueryCollection q, string name) => One(q, name) is { } text
            ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : throw SupportException.BadInput(name, $"'{text}' is geen datum (bv. 2026-01-31).")
            : null;
        var statuses = query["status"].Where(s => s is not null).Select(s => Enum.TryParse<TicketStatus>(s!.Replace("_", string.Empty, StringComparison.Ordinal), true, out var st) ? st : throw SupportException.BadInput("status", $"Onbekende status '{s}'.")).ToList();
        var province = One(query, "province") is { } p ? Provinces.All.FirstOrDefault(x => Provinces.Key(x) == p.ToLowerInvariant().Replace('_', '-')) : (Province?)null;
        return new TicketFilter(
            Statuses: statuses.Count > 0 ? statuses : null,
            Category: One(query, "category"),
            Province: province is { } pr ? Provinces.Key(pr) : null,
            MunicipalityNisCode: One(query, "municipalityNisCode"),
            AssigneeEmail: One(query, "assigneeEmail"),
            Tag: One(query, "tag"),
            CreatedFrom: Time(query, "createdFrom"),
            CreatedTo: Time(query, "createdTo"),
            Text: One(query, "text"));
    }
}
