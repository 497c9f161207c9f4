namespace LivcR.Support.Silo.ReadModel;

/// <summary>One group of a ticket report. Times are business hours; null when nothing was measured in the group.</summary>
public sealed record TicketStatsGroup(
    string Key,
    int Created,
    int Resolved,
    double? FirstResponseMedianHours,
    double? FirstResponseP90Hours,
    double? ResolutionMedianHours,
    double? ResolutionP90Hours,
    double? SlaCompliancePercent);
