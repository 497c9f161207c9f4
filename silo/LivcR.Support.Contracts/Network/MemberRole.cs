namespace LivcR.Support.Contracts.Network;

/// <summary>A member's role in a platform or group.</summary>
/// <remarks>Stored by number: never renumber, only append. The role is shown, it grants nothing: managing a platform needs the ORGANISER role grant of its province.</remarks>
public enum MemberRole
{
    /// <summary>A member.</summary>
    Member = 1,

    /// <summary>An organiser.</summary>
    Organiser = 2,
}
