namespace LivcR.Support.Client;

/// <summary>What a group is (schema input <c>NetworkGroupInput</c>).</summary>
/// <param name="Kind"><see cref="CommunityKind.WorkingGroup"/>, <see cref="CommunityKind.KnowledgeGroup"/> or <see cref="CommunityKind.Intervision"/>.</param>
/// <param name="Name">Name, 3 to 120 characters.</param>
/// <param name="Description">Description, 10 to 4000 characters (what non-members see).</param>
/// <param name="Capacity">Most members (1 to 500), or null for no limit.</param>
public sealed record NetworkGroupInput(CommunityKind Kind, string Name, string Description, int? Capacity = null);
