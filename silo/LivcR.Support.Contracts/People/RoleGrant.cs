namespace LivcR.Support.Contracts.People;

/// <summary>One role of a person with its scope: a NIS code for <see cref="Role.Municipal"/>, a province key for <see cref="Role.Organiser"/>, none otherwise.</summary>
[GenerateSerializer]
[Alias("livcr.role-grant")]
public sealed record RoleGrant([property: Id(0)] Role Role, [property: Id(1)] string? Scope)
{
    /// <summary>The text form used in tokens and logs, e.g. "municipal:44021", "organiser:limburg", "staff".</summary>
    public override string ToString() => Scope is null ? Role.ToString().ToLowerInvariant() : $"{Role.ToString().ToLowerInvariant()}:{Scope}";

    /// <summary>Parses the text form; null when it is not one.</summary>
    public static RoleGrant? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split(':', 2);
        if (!Enum.TryParse<Role>(parts[0], ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(parts[0], out _))
        {
            return null;
        }

        var scope = parts.Length == 2 ? parts[1].Trim() : null;
        return RoleScopes.IsValid(role, scope) ? new RoleGrant(role, scope) : null;
    }
}
