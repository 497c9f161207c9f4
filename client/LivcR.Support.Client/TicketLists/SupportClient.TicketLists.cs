using System.Runtime.CompilerServices;

namespace LivcR.Support.Client;

/// <summary>Ticket lists with cursor paging, saved lists, counts and statistics.</summary>
public sealed partial class SupportClient
{
    /// <summary>
    /// The largest page the client asks for: the schema's maximum; a full page of summaries stays within the gateway's
    /// default complexity limit.
    /// </summary>
    public const int MaxPageSize = 200;

    /// <summary>
    /// One page of tickets in your scope (staff: all; municipal users: their municipalities'). Pass the page's
    /// <see cref="TicketConnection.EndCursor"/> as <paramref name="after"/> for the next; <see cref="ListAllTicketsAsync"/> does that for you.
    /// </summary>
    /// <param name="filter">Which tickets; null for all.</param>
    /// <param name="orderBy">The order; null for the server's default (<see cref="TicketOrder.DueAt"/>).</param>
    /// <param name="first">Page size, 1 to <see cref="MaxPageSize"/>; null for the server's default (50).</param>
    /// <param name="after">The previous page's end cursor; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<TicketConnection> ListTicketsAsync(TicketFilter? filter = null, TicketOrder? orderBy = null, int? first = null, string? after = null, CancellationToken cancellationToken = default)
    {
        CheckFirst(first, MaxPageSize);
        return RunAsync<TicketConnection>(Documents.ListTickets, "tickets", new { filter, orderBy, first, after }, cancellationToken);
    }

    /// <summary>
    /// Every ticket that matches, page by page (the server's keyset cursors neither skip nor repeat a ticket while
    /// others change tickets). The next page is fetched when the caller has used the previous one.
    /// </summary>
    /// <param name="filter">Which tickets; null for all.</param>
    /// <param name="orderBy">The order; null for the server's default.</param>
    /// <param name="pageSize">Tickets per request, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public async IAsyncEnumerable<TicketSummary> ListAllTicketsAsync(
        TicketFilter? filter = null, TicketOrder? orderBy = null, int pageSize = MaxPageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        CheckFirst(pageSize, MaxPageSize);
        string? after = null;
        while (true)
        {
            var page = await ListTicketsAsync(filter, orderBy, pageSize, after, cancellationToken).ConfigureAwait(false);
            foreach (var ticket in page.Nodes)
            {
                yield return ticket;
            }

            if (!page.HasNextPage)
            {
                yield break;
            }

            if (page.EndCursor is null || page.EndCursor == after)
            {
                throw new SupportClientException(
                    System.Net.HttpStatusCode.OK,
                    [new SupportError("The server announced a next page without a new cursor.", SupportErrorCodes.InvalidResponse, null, ["tickets"])]);
            }

            after = page.EndCursor;
        }
    }

    /// <summary>Staff: one page of a named list (built-in or saved, see <see cref="TicketViewsAsync"/>).</summary>
    public Task<TicketConnection> ListTicketViewAsync(string view, int? first = null, string? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(view);
        CheckFirst(first, MaxPageSize);
        return RunAsync<TicketConnection>(Documents.ListTicketView, "tickets", new { view, first, after }, cancellationToken);
    }

    /// <summary>Staff: the built-in lists (Mijn open tickets, Niet toegewezen, SLA in gevaar) and your saved ones.</summary>
    public Task<IReadOnlyList<TicketListView>> TicketViewsAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<TicketListView>>(Documents.GetTicketViews, "ticketViews", null, cancellationToken);

    /// <summary>Staff: saves a named list for yourself (the same name replaces it); returns all your lists.</summary>
    public Task<IReadOnlyList<TicketListView>> SaveTicketViewAsync(string name, TicketFilter filter, TicketOrder? orderBy = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(filter);
        return RunAsync<IReadOnlyList<TicketListView>>(Documents.SaveTicketView, "saveTicketView", new { name, filter, orderBy }, cancellationToken);
    }

    /// <summary>Staff: deletes one of your saved lists; returns the rest.</summary>
    public Task<IReadOnlyList<TicketListView>> DeleteTicketViewAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return RunAsync<IReadOnlyList<TicketListView>>(Documents.DeleteTicketView, "deleteTicketView", new { name }, cancellationToken);
    }

    /// <summary>How many tickets in your scope have each status.</summary>
    public Task<IReadOnlyList<StatusCount>> TicketCountsByStatusAsync(TicketFilter? filter = null, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<StatusCount>>(Documents.CountTicketsByStatus, "ticketCountsByStatus", new { filter }, cancellationToken);

    /// <summary>Organisers of the province and staff: how many questions each municipality asked (never content).</summary>
    public Task<IReadOnlyList<MunicipalityTicketCount>> TicketCountsByMunicipalityAsync(Province province, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<MunicipalityTicketCount>>(Documents.CountTicketsByMunicipality, "ticketCountsByMunicipality", new { province }, cancellationToken);

    /// <summary>Staff: tickets created and resolved in [<paramref name="from"/>, <paramref name="to"/>), business-time percentiles and SLA compliance, per group.</summary>
    public Task<IReadOnlyList<TicketStatsGroup>> TicketStatsAsync(DateTimeOffset from, DateTimeOffset to, ReportGrouping groupBy, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<TicketStatsGroup>>(Documents.GetTicketStats, "ticketStats", new { from, to, groupBy }, cancellationToken);

    /// <summary>A page size of 1 to <paramref name="max"/>, or null for the server's default.</summary>
    private static void CheckFirst(int? first, int max)
    {
        if (first is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(first));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(size, max, nameof(first));
        }
    }
}
