namespace LivcR.Support.Client;

/// <summary>Documents of ticket lists, saved lists, counts and statistics.</summary>
public static partial class Documents
{
    /// <summary><c>tickets(filter, orderBy, first, after)</c>: one page of a filtered list.</summary>
    public const string ListTickets = $$"""
        query ListTickets($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {
          tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { ...TicketConnectionFields }
        }
        {{TicketConnectionFields}}
        """;

    /// <summary><c>tickets(view, first, after)</c>: one page of a named list.</summary>
    public const string ListTicketView = $$"""
        query ListTicketView($view: String!, $first: Int, $after: String) {
          tickets(view: $view, first: $first, after: $after) { ...TicketConnectionFields }
        }
        {{TicketConnectionFields}}
        """;

    /// <summary><c>ticketViews</c>: the built-in lists and the caller's saved ones.</summary>
    public const string GetTicketViews = $$"""
        query GetTicketViews {
          ticketViews { ...TicketListViewFields }
        }
        {{TicketListViewFields}}
        """;

    /// <summary><c>saveTicketView(name, filter, orderBy)</c>.</summary>
    public const string SaveTicketView = $$"""
        mutation SaveTicketView($name: String!, $filter: TicketFilter!, $orderBy: TicketOrder) {
          saveTicketView(name: $name, filter: $filter, orderBy: $orderBy) { ...TicketListViewFields }
        }
        {{TicketListViewFields}}
        """;

    /// <summary><c>deleteTicketView(name)</c>.</summary>
    public const string DeleteTicketView = $$"""
        mutation DeleteTicketView($name: String!) {
          deleteTicketView(name: $name) { ...TicketListViewFields }
        }
        {{TicketListViewFields}}
        """;

    /// <summary><c>ticketCountsByStatus(filter)</c>.</summary>
    public const string CountTicketsByStatus = """
        query CountTicketsByStatus($filter: TicketFilter) {
          ticketCountsByStatus(filter: $filter) { ...StatusCountFields }
        }
        fragment StatusCountFields on StatusCount { status count }
        """;

    /// <summary><c>ticketCountsByMunicipality(province)</c>.</summary>
    public const string CountTicketsByMunicipality = $$"""
        query CountTicketsByMunicipality($province: Province!) {
          ticketCountsByMunicipality(province: $province) { ...MunicipalityTicketCountFields }
        }
        fragment MunicipalityTicketCountFields on MunicipalityTicketCount { municipality { ...MunicipalityFields } open total }
        {{MunicipalityFields}}
        """;

    /// <summary><c>ticketStats(from, to, groupBy)</c>.</summary>
    public const string GetTicketStats = """
        query GetTicketStats($from: DateTimeOffset!, $to: DateTimeOffset!, $groupBy: ReportGrouping!) {
          ticketStats(from: $from, to: $to, groupBy: $groupBy) { ...TicketStatsGroupFields }
        }
        fragment TicketStatsGroupFields on TicketStatsGroup {
          key created resolved firstResponseMedianHours firstResponseP90Hours resolutionMedianHours resolutionP90Hours slaCompliancePercent
        }
        """;

    private const string TicketConnectionFields = """
        fragment TicketConnectionFields on TicketConnection { nodes { ...TicketSummaryFields } hasNextPage endCursor totalCount }
        fragment TicketSummaryFields on TicketSummary {
          number subject status priority category municipalityNisCode province assigneeEmail tags confidential
          createdAt updatedAt dueAt slaBreached version personalDataKinds
        }
        """;

    private const string TicketListViewFields = """
        fragment TicketListViewFields on TicketListView { name builtIn orderBy }
        """;
}
