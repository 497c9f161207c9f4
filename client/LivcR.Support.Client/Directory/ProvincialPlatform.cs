namespace LivcR.Support.Client;

/// <summary>A provincial platform (schema type <c>ProvincialPlatform</c>).</summary>
/// <param name="Province">The province.</param>
/// <param name="Name">The platform's name.</param>
/// <param name="Municipalities">The municipalities of the province, by name.</param>
public sealed record ProvincialPlatform(Province Province, string Name, IReadOnlyList<Municipality> Municipalities);
