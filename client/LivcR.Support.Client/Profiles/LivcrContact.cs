namespace LivcR.Support.Client;

/// <summary>A contact person of the municipality for VVSG (schema type <c>LivcrContact</c>).</summary>
/// <param name="Name">Full name.</param>
/// <param name="Function">Function.</param>
/// <param name="Email">Email address, if given.</param>
/// <param name="Phone">Phone number, if given.</param>
public sealed record LivcrContact(string Name, string Function, string? Email, string? Phone);
