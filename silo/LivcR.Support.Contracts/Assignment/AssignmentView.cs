namespace LivcR.Support.Contracts.Assignment;

/// <summary>The automatic assignment as configured: its mode, the rules per category, who is absent.</summary>
[GenerateSerializer]
[Immutable]
[Alias("livcr.assignment-view")]
public sealed record AssignmentView(
    [property: Id(0)] AssignmentMode Mode,
    [property: Id(1)] IReadOnlyList<AssignmentRule> Rules,
    [property: Id(2)] IReadOnlyList<string> Absent);
