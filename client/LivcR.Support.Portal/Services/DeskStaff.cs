using LivcR.Support.Client;

namespace LivcR.Support.Portal.Services;

/// <summary>The staff the desk can suggest as assignee: those named in the assignment rules, and the signed-in staff member.</summary>
public static class DeskStaff
{
    /// <summary>Every address once (case-insensitive), sorted; absent staff are kept, since a ticket may be given to them on purpose.</summary>
    public static IReadOnlyList<string> Known(TicketAssignment assignment, string me) =>
        assignment.Rules.SelectMany(r => r.StaffEmails)
            .Append(me)
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Select(e => e.Trim())
            .DistinctBy(e => e.ToLowerInvariant())
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
