namespace LivcR.Support.Client;

/// <summary>The automatic assignment of new tickets.</summary>
public sealed partial class SupportClient
{
    /// <summary>Staff and administrators: how new tickets are assigned, and who is absent.</summary>
    public Task<TicketAssignment> TicketAssignmentAsync(CancellationToken cancellationToken = default) =>
        RunAsync<TicketAssignment>(Documents.GetTicketAssignment, "ticketAssignment", null, cancellationToken);

    /// <summary>Administrators: sets the mode and who handles which category.</summary>
    public Task<TicketAssignment> SaveTicketAssignmentAsync(AssignmentMode mode, IEnumerable<AssignmentRuleInput> rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return RunAsync<TicketAssignment>(Documents.SaveTicketAssignment, "saveTicketAssignment", new { mode, rules = rules.ToList() }, cancellationToken);
    }

    /// <summary>Marks a staff member absent (their tickets go to a colleague) or back; staff for themselves, administrators for anyone.</summary>
    public Task<IReadOnlyList<ReassignedTicket>> SetStaffAbsenceAsync(string email, bool absent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<IReadOnlyList<ReassignedTicket>>(Documents.SetStaffAbsence, "setStaffAbsence", new { email, absent }, cancellationToken);
    }
}
