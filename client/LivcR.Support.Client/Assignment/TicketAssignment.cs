namespace LivcR.Support.Client;

/// <summary>How new tickets are assigned automatically (schema type <c>TicketAssignment</c>).</summary>
/// <param name="Mode">The mode.</param>
/// <param name="Rules">Who handles which category.</param>
/// <param name="Absent">Staff marked absent (skipped).</param>
public sealed record TicketAssignment(AssignmentMode Mode, IReadOnlyList<AssignmentRule> Rules, IReadOnlyList<string> Absent);

/// <summary>The staff who get a category's tickets; without a category, those of every category without its own rule.</summary>
/// <param name="Category">The category key, or null for the general rule.</param>
/// <param name="StaffEmails">The staff, in turn order.</param>
public sealed record AssignmentRule(string? Category, IReadOnlyList<string> StaffEmails);

/// <summary>Input of one rule (schema input <c>AssignmentRuleInput</c>).</summary>
/// <param name="Category">The category key, or null for the general rule.</param>
/// <param name="StaffEmails">The staff, in turn order.</param>
public sealed record AssignmentRuleInput(string? Category, IReadOnlyList<string> StaffEmails);

/// <summary>A ticket whose absent assignee was replaced (schema type <c>ReassignedTicket</c>).</summary>
/// <param name="Number">The ticket.</param>
/// <param name="AssigneeEmail">The new assignee; null when it was left unassigned.</param>
public sealed record ReassignedTicket(string Number, string? AssigneeEmail);
