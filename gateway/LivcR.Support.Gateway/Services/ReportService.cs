using LivcR.Support.Contracts.Errors;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.ReadModel;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Services;

/// <summary>Ticket statistics for staff.</summary>
public sealed class ReportService(TicketQueries queries, SlaPolicy sla, IOptions<TicketOptions> options, CallerContext request)
{
    /// <summary>Counts and business-time percentiles per group for [from, to).</summary>
    public async Task<IReadOnlyList<TicketStatsGroup>> TicketStatsAsync(DateTimeOffset from, DateTimeOffset to, ReportGrouping grouping)
    {
        if (!request.RequireActor().IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Rapporten zijn er voor VVSG-medewerkers.");
        }

        if (to <= from || to - from > TimeSpan.FromDays(3 * 366))
        {
            throw SupportException.BadInput("to", "Kies een periode waarvan het einde na het begin ligt, hoogstens drie jaar.");
        }

        var rows = await queries.ForReportAsync(from, to);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        return TicketReport.Build(rows, from, to, grouping, zone, p => (sla.FirstResponseTarget(p), sla.ResolutionTarget(p)));
    }
}
