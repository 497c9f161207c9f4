namespace LivcR.Support.Contracts.Assignment;

/// <summary>A ticket moved on because its assignee is absent: to whom (null: left unassigned, nobody else handles it).</summary>
[GenerateSerializer]
[Immutable]
[Alias("livcr.reassigned-ticket")]
public sealed record ReassignedTicket(
    [property: Id(0)] string Number,
    [property: Id(1)] string? AssigneeEmail);
