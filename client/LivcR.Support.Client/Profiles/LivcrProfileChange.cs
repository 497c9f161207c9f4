namespace LivcR.Support.Client;

/// <summary>One edit of a LIVC-R profile (schema type <c>LivcrProfileChange</c>).</summary>
/// <param name="At">When.</param>
/// <param name="By">Who (email address).</param>
/// <param name="Version">The version it produced.</param>
/// <param name="Changes">What changed, in Dutch, one line per change.</param>
public sealed record LivcrProfileChange(DateTimeOffset At, string By, int Version, IReadOnlyList<string> Changes);
