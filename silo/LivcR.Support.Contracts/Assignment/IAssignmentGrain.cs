namespace LivcR.Support.Contracts.Assignment;

/// <summary>The helpdesk's automatic assignment (key <see cref="Key"/>): its configuration, absences, and each choice.</summary>
[Alias("livcr.assignment")]
public interface IAssignmentGrain : IGrainWithStringKey
{
    /// <summary>The one key.</summary>
    public const string Key = "helpdesk";

    /// <summary>The configuration.</summary>
    [Alias("get")]
    Task<AssignmentView> GetAsync();

    /// <summary>Replaces mode and rules (the staff addresses are checked by the caller).</summary>
    [Alias("save")]
    Task<AssignmentView> SaveAsync(AssignmentMode mode, IReadOnlyList<AssignmentRule> rules);

    /// <summary>
    /// Marks a staff member absent (or back); when absent, their tickets still to handle go to a colleague of the same
    /// category as the rules choose, each with a system event and an audit entry.
    /// </summary>
    [Alias("set-absent")]
    Task<IReadOnlyList<ReassignedTicket>> SetAbsentAsync(string email, bool absent);

    /// <summary>The assignee for a new ticket of <paramref name="category"/>, or null (mode off, nobody available).</summary>
    [Alias("choose")]
    Task<string?> ChooseAsync(string? category);
}
