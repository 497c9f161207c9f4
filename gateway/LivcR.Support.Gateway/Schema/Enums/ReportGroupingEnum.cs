using GraphQL.Types;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of report groupings.</summary>
public sealed class ReportGroupingEnum : EnumerationGraphType<ReportGrouping>
{
    /// <summary>Creates the type.</summary>
    public ReportGroupingEnum()
    {
        Name = "ReportGrouping";
        Description = "WEEK (ISO week), MONTH, CATEGORY, PROVINCE, MUNICIPALITY, PRIORITY or ASSIGNEE.";
    }
}
