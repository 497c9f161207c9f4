using System.Globalization;
using LivcR.Support.Client;
using Microsoft.AspNetCore.WebUtilities;

namespace LivcR.Support.Portal.Services;

/// <summary>
/// The triage queue's address as a filter: every choice of the GET form is a query parameter (Dutch names), so a queue can
/// be bookmarked, shared and paged. Paging is keyset: <see cref="After"/> is the gateway's cursor of the page shown and
/// <see cref="Trail"/> the cursors of the pages before it, so "previous" returns to exactly the page seen before.
/// </summary>
public sealed record DeskQueueQuery
{
    /// <summary>The largest number of rows on one page.</summary>
    public const int PageSize = 25;

    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The status choices of the filter (query value, text key).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> StatusChoices =
    [
        ("actief", "Queue.StatusActive"), ("alle", "Queue.StatusAll"), ("nieuw", "Status.New"), ("open", "Status.Open"),
        ("wacht", "Status.WaitingForMunicipality"), ("opgelost", "Status.Resolved"), ("gesloten", "Status.Closed"),
    ];

    /// <summary>The SLA choices of the filter (query value, text key).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> SlaChoices =
    [
        ("", "Queue.SlaAny"), ("overschreden", "Queue.SlaBreached"), ("4", "Queue.SlaWithin4"), ("8", "Queue.SlaWithin8"),
        ("24", "Queue.SlaWithin24"), ("48", "Queue.SlaWithin48"),
    ];

    /// <summary>The orders of the queue (query value, text key).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> OrderChoices =
    [
        ("vervaltijd", "Queue.OrderDue"), ("prioriteit", "Queue.OrderPriority"), ("gewijzigd", "Queue.OrderUpdated"),
    ];

    /// <summary>The personal-data choices of the filter (query value, text key).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> PersonalDataChoices =
    [
        ("", "Queue.PersonalDataAny"), ("ja", "Queue.PersonalDataFound"), ("nee", "Queue.PersonalDataNone"),
    ];

    /// <summary>A named list (built-in or saved), <c>lijst</c>; when set, the other filters do not apply.</summary>
    public string? View { get; init; }

    /// <summary><c>status</c>: one of <see cref="StatusChoices"/>; empty means the active tickets.</summary>
    public string? Status { get; init; }

    /// <summary><c>prioriteit</c>: a priority's schema name.</summary>
    public string? Priority { get; init; }

    /// <summary><c>categorie</c>: a category key.</summary>
    public string? Category { get; init; }

    /// <summary><c>provincie</c>: a province's schema name.</summary>
    public string? Province { get; init; }

    /// <summary><c>gemeente</c>: a NIS code.</summary>
    public string? Municipality { get; init; }

    /// <summary><c>toegewezen</c>: <c>mij</c>, <c>niemand</c>, or a staff member's email address.</summary>
    public string? Assignee { get; init; }

    /// <summary><c>tag</c>.</summary>
    public string? Tag { get; init; }

    /// <summary><c>sla</c>: one of <see cref="SlaChoices"/>.</summary>
    public string? Sla { get; init; }

    /// <summary><c>van</c>: created on or after this day (yyyy-MM-dd, Brussels).</summary>
    public string? From { get; init; }

    /// <summary><c>tot</c>: created on or before this day (yyyy-MM-dd, Brussels).</summary>
    public string? To { get; init; }

    /// <summary><c>zoek</c>: free text.</summary>
    public string? Text { get; init; }

    /// <summary><c>persoonsgegevens</c>: one of <see cref="PersonalDataChoices"/>.</summary>
    public string? PersonalData { get; init; }

    /// <summary><c>volgorde</c>: one of <see cref="OrderChoices"/>.</summary>
    public string? Order { get; init; }

    /// <summary><c>na</c>: the cursor the page starts after.</summary>
    public string? After { get; init; }

    /// <summary><c>pad</c>: the <see cref="After"/> of every earlier page, oldest first (empty for the first page).</summary>
    public IReadOnlyList<string> Trail { get; init; } = [];

    /// <summary>Reads the query of an address.</summary>
    public static DeskQueueQuery Parse(string uri)
    {
        var query = new Uri(uri).Query;
        var values = QueryHelpers.ParseQuery(query);
        string? One(string name) => values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        return new DeskQueueQuery
        {
            View = One("lijst"),
            Status = One("status"),
            Priority = One("prioriteit"),
            Category = One("categorie"),
            Province = One("provincie"),
            Municipality = One("gemeente"),
            Assignee = One("toegewezen"),
            Tag = One("tag"),
            Sla = One("sla"),
            From = One("van"),
            To = One("tot"),
            Text = One("zoek"),
            PersonalData = One("persoonsgegevens"),
            Order = One("volgorde"),
            After = One("na"),
            Trail = values.TryGetValue("pad", out var trail) ? trail.Select(t => t ?? "").ToList() : [],
        };
    }

    /// <summary>The gateway's filter for these choices; <paramref name="me"/> is the signed-in staff member.</summary>
    public TicketFilter Filter(string me, DateTimeOffset now) => new()
    {
        Statuses = Status switch
        {
            "alle" => null,
            "nieuw" => [TicketStatus.New],
            "open" => [TicketStatus.Open],
            "wacht" => [TicketStatus.WaitingForMunicipality],
            "opgelost" => [TicketStatus.Resolved],
            "gesloten" => [TicketStatus.Closed],
            _ => [TicketStatus.New, TicketStatus.Open, TicketStatus.WaitingForMunicipality],
        },
        Priorities = Enum.TryParse<TicketPriority>(Priority, ignoreCase: true, out var priority) ? [priority] : null,
        Category = Category,
        Province = Enum.TryParse<Province>(Province?.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var province) ? province : null,
        MunicipalityNisCode = Municipality,
        AssigneeEmail = Assignee switch { null or "niemand" => null, "mij" => me, var email => email },
        Unassigned = Assignee == "niemand" ? true : null,
        Tag = Tag,
        SlaBreached = Sla == "overschreden" ? true : null,
        DueWithinHours = Sla is not null && double.TryParse(Sla, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) ? hours : null,
        CreatedFrom = DayStart(From),
        CreatedTo = DayStart(To)?.AddDays(1),
        Text = Text,
        PersonalData = PersonalData switch { "ja" => true, "nee" => false, _ => null },
    };

    /// <summary>The gateway's order.</summary>
    public TicketOrder OrderBy => Order switch
    {
        "prioriteit" => TicketOrder.Priority,
        "gewijzigd" => TicketOrder.Updated,
        _ => TicketOrder.DueAt,
    };

    /// <summary>The queue's own address with these choices, starting after <paramref name="after"/> with <paramref name="trail"/> behind it.</summary>
    public string Link(string? after = null, IReadOnlyList<string>? trail = null)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(name, value));
            }
        }

        Add("lijst", View);
        Add("status", Status);
        Add("prioriteit", Priority);
        Add("categorie", Category);
        Add("provincie", Province);
        Add("gemeente", Municipality);
        Add("toegewezen", Assignee);
        Add("tag", Tag);
        Add("sla", Sla);
        Add("van", From);
        Add("tot", To);
        Add("zoek", Text);
        Add("persoonsgegevens", PersonalData);
        Add("volgorde", Order);
        Add("na", after);
        if (after is not null)
        {
            parts.AddRange((trail ?? []).Select(t => new KeyValuePair<string, string?>("pad", t)));
        }

        return QueryHelpers.AddQueryString(PortalRoutes.Desk, parts);
    }

    /// <summary>The next page's address after a page that ended at <paramref name="endCursor"/>.</summary>
    public string Next(string endCursor) => Link(endCursor, [.. Trail, After ?? ""]);

    /// <summary>The previous page's address, or null on the first page.</summary>
    public string? Previous() => After is null
        ? null
        : Trail.Count == 0 || Trail[^1] == "" ? Link() : Link(Trail[^1], Trail.Take(Trail.Count - 1).ToList());

    /// <summary>The same choices with another status (the counts per status link to these).</summary>
    public string WithStatus(string status) => (this with { Status = status, View = null }).Link();

    private static DateTimeOffset? DayStart(string? day)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Brussels.GetUtcOffset(local));
    }
}
