using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Contracts.People;

/// <summary>Which scope each role needs.</summary>
public static class RoleScopes
{
    /// <summary>True when the scope fits the role: five digits for municipal, a province key for organiser, nothing for staff and admin.</summary>
    public static bool IsValid(Role role, string? scope) => role switch
    {
        Role.Municipal => scope is { Length: 5 } && scope.All(char.IsAsciiDigit),
        Role.Organiser => scope is not null && Provinces.All.Any(p => Provinces.Key(p) == scope),
        Role.Staff or Role.Admin => scope is null,
        _ => false,
    };
}
