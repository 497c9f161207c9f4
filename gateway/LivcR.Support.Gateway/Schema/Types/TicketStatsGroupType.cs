using GraphQL.Types;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a report group.</summary>
public sealed class TicketStatsGroupType : ObjectGraphType<TicketStatsGroup>
{
    /// <summary>Creates the type.</summary>
    public TicketStatsGroupType()
    {
        Name = "TicketStatsGroup";
        Description = "Ticket statistics of one group; times in business hours.";
        Field(g => g.Key).Description("The group: 2026-W48, 2026-11, a category, province key, NIS code, priority or assignee email.");
        Field(g => g.Created).Description("Tickets created in the period.");
        Field(g => g.Resolved).Description("Tickets resolved in the period.");
        Field(g => g.FirstResponseMedianHours, nullable: true).Description("Median business hours to the first answer.");
        Field(g => g.FirstResponseP90Hours, nullable: true).Description("90th percentile of business hours to the first answer.");
        Field(g => g.ResolutionMedianHours, nullable: true).Description("Median business hours to resolution.");
        Field(g => g.ResolutionP90Hours, nullable: true).Description("90th percentile of business hours to resolution.");
        Field(g => g.SlaCompliancePercent, nullable: true).Description("Share of resolved tickets that met both SLA targets, in %.");
    }
}
