namespace LivcR.Support.Contracts.Assignment;

/// <summary>Who handles the tickets of one category; a rule without a category covers every category without its own.</summary>
[GenerateSerializer]
[Immutable]
[Alias("livcr.assignment-rule")]
public sealed record AssignmentRule(
    [property: Id(0)] string? Category,
    [property: Id(1)] IReadOnlyList<string> StaffEmails);
