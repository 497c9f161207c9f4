namespace LivcR.Support.Silo.People;

/// <summary>People created at start-up. Sections <c>Auth</c> (first admins) and <c>Demo</c>.</summary>
public sealed class PeopleOptions
{
    /// <summary>Email addresses that get the admin role at start-up (the first admin comes from here).</summary>
    public List<string> InitialAdmins { get; set; } = [];

    /// <summary>Seed one demo person per role (<c>--demo</c>): never in production.</summary>
    public bool DemoEnabled { get; set; }
}
