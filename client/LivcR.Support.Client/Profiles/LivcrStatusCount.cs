namespace LivcR.Support.Client;

/// <summary>How many municipalities have a LIVC-R status (schema type <c>LivcrStatusCount</c>).</summary>
/// <param name="Status">The status.</param>
/// <param name="Count">How many municipalities.</param>
public sealed record LivcrStatusCount(LivcrStatus Status, int Count);
