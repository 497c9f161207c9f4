namespace LivcR.Support.Client;

/// <summary>A contact person of the municipality for VVSG (schema input <c>LivcrContactInput</c>).</summary>
/// <param name="Name">Full name.</param>
/// <param name="Function">Function.</param>
/// <param name="Email">Email address.</param>
/// <param name="Phone">Phone number.</param>
public sealed record LivcrContactInput(string Name, string Function, string? Email = null, string? Phone = null);
