using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Tests.Domain;

public sealed class TicketReportTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    private static ReportRow Row(string number, int createdDay, int? resolvedDay, long? firstHours, long? resolutionHours, string? category = "vorming") => new(
        number,
        new DateTimeOffset(2026, 11, createdDay, 10, 0, 0, TimeSpan.Zero),
        resolvedDay is { } d ? new DateTimeOffset(2026, 11, d, 10, 0, 0, TimeSpan.Zero) : null,
        firstHours * 3600,
        resolutionHours * 3600,
        TicketPriority.Normal,
        category,
        "limburg",
        "71072");

    private static (TimeSpan, TimeSpan) Targets(TicketPriority _) => (TimeSpan.FromHours(16), TimeSpan.FromHours(80));

    [Fact]
    public void Build_ByCategory_CountsMediansPercentilesAndCompliance()
    {
        var rows = new[]
        {
            Row("a", 2, 5, 2, 20), Row("b", 3, 10, 4, 40), Row("c", 4, 20, 30, 100), Row("d", 5, null, 6, null), Row("e", 6, null, null, null, category: null),
        };

        var groups = TicketReport.Build(rows, From, To, ReportGrouping.Category, Brussels, Targets);

        var vorming = Assert.Single(groups, g => g.Key == "vorming");
        Assert.Equal(4, vorming.Created);
        Assert.Equal(3, vorming.Resolved);
        Assert.Equal(4, vorming.FirstResponseMedianHours);
        Assert.Equal(30, vorming.FirstResponseP90Hours);
        Assert.Equal(40, vorming.ResolutionMedianHours);
        Assert.Equal(100, vorming.ResolutionP90Hours);
        Assert.Equal(66.7, vorming.SlaCompliancePercent);
        Assert.Equal(1, Assert.Single(groups, g => g.Key == "(geen)").Created);
    }

    [Fact]
    public void Build_ByWeek_UsesIsoWeeksInBrussels()
    {
        var groups = TicketReport.Build([Row("a", 2, 9, 1, 8)], From, To, ReportGrouping.Week, Brussels, Targets);

        Assert.Equal(["2026-W45", "2026-W46"], groups.Select(g => g.Key));
        Assert.Equal(1, groups[0].Created);
        Assert.Equal(1, groups[1].Resolved);
    }

    [Fact]
    public void Build_ByPriorityAndAssignee_KeysAreTheSchemaNameAndTheEmail()
    {
        var rows = new[]
        {
            Row("a", 2, 5, 2, 20) with { Priority = TicketPriority.High, Assignee = "an@vvsg.example" },
            Row("b", 3, null, null, null) with { Priority = TicketPriority.Normal },
        };

        var byPriority = TicketReport.Build(rows, From, To, ReportGrouping.Priority, Brussels, Targets);
        var byAssignee = TicketReport.Build(rows, From, To, ReportGrouping.Assignee, Brussels, Targets);

        Assert.Equal(["HIGH", "NORMAL"], byPriority.Select(g => g.Key));
        Assert.Equal(["(niemand)", "an@vvsg.example"], byAssignee.Select(g => g.Key));
        Assert.Equal(100, byAssignee[1].SlaCompliancePercent);
    }

    [Fact]
    public void Percentile_NearestRank() =>
        Assert.Equal(9, TicketReport.Percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9));

    [Fact]
    public void CsvLine_QuotesSeparatorsAndDefusesFormulas()
    {
        var line = TicketCsv.Line(["2026-00001", "Vraag; met \"aanhalingstekens\"", "=SOM(A1)", "Gewoon"]);

        Assert.Equal("2026-00001;\"Vraag; met \"\"aanhalingstekens\"\"\";'=SOM(A1);Gewoon\r\n", line);
    }
}
