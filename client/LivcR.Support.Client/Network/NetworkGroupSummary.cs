namespace LivcR.Support.Client;

/// <summary>A group in the list: description and size, no members (schema type <c>NetworkGroupSummary</c>).</summary>
/// <param name="Slug">Key, e.g. <c>kennisgroep</c>.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Capacity">Most members, if limited.</param>
/// <param name="MemberCount">How many members.</param>
public sealed record NetworkGroupSummary(string Slug, CommunityKind Kind, string Name, string Description, int? Capacity, int MemberCount);
