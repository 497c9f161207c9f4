namespace LivcR.Support.Client;

/// <summary>A ticket category or prevention level (schema type <c>CatalogEntry</c>).</summary>
/// <param name="Key">Stable key, stored on tickets.</param>
/// <param name="Label">Dutch label.</param>
/// <param name="Active">False once retired: tickets keep it, it can no longer be chosen.</param>
public sealed record CatalogEntry(string Key, string Label, bool Active);
