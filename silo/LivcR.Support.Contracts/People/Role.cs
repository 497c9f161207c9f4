namespace LivcR.Support.Contracts.People;

/// <summary>What a person may do; each grant has a scope (see <see cref="RoleGrant"/>).</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum Role
{
    /// <summary>Municipal staff (LIVC-R coordinator, prevention officer, mayor's office), scoped to one municipality (NIS code).</summary>
    Municipal = 1,

    /// <summary>VVSG support staff: everything about tickets, trainings and groups.</summary>
    Staff = 2,

    /// <summary>Provincial platform organiser, scoped to one province.</summary>
    Organiser = 3,

    /// <summary>Administrator: people, roles, mailboxes, configuration.</summary>
    Admin = 4,
}
