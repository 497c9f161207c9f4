namespace LivcR.Support.Client;

/// <summary>A Flemish municipality (schema type <c>Municipality</c>).</summary>
/// <param name="NisCode">The five-digit NIS code, e.g. 44021.</param>
/// <param name="Name">The official name.</param>
/// <param name="Province">The province.</param>
/// <param name="PostalCode">The main postal code, when the municipality has one.</param>
public sealed record Municipality(string NisCode, string Name, Province Province, string? PostalCode);
