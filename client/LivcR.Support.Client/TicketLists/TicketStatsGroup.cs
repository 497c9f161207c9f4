namespace LivcR.Support.Client;

/// <summary>Ticket statistics of one group; times in business hours (schema type <c>TicketStatsGroup</c>).</summary>
/// <param name="Key">The group: 2026-W48, 2026-11, a category, province key, NIS code, priority or assignee email.</param>
/// <param name="Created">Tickets created in the period.</param>
/// <param name="Resolved">Tickets resolved in the period.</param>
/// <param name="FirstResponseMedianHours">Median business hours to the first answer.</param>
/// <param name="FirstResponseP90Hours">90th percentile of business hours to the first answer.</param>
/// <param name="ResolutionMedianHours">Median business hours to resolution.</param>
/// <param name="ResolutionP90Hours">90th percentile of business hours to resolution.</param>
/// <param name="SlaCompliancePercent">Share of resolved tickets that met both SLA targets, in %.</param>
public sealed record TicketStatsGroup(
    string Key,
    int Created,
    int Resolved,
    double? FirstResponseMedianHours,
    double? FirstResponseP90Hours,
    double? ResolutionMedianHours,
    double? ResolutionP90Hours,
    double? SlaCompliancePercent);
