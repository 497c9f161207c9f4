namespace LivcR.Support.Client;

/// <summary>A role with its scope (schema type <c>RoleGrant</c>).</summary>
/// <param name="Role">The role.</param>
/// <param name="Scope">NIS code (MUNICIPAL), province key (ORGANISER), or null.</param>
public sealed record RoleGrant(Role Role, string? Scope);
