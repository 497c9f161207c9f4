namespace LivcR.Support.Contracts.Privacy;

/// <summary>What the intake did with personal data it found.</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum PersonalDataHandling
{
    /// <summary>Replaced in the stored text by a label such as <c>[rijksregisternummer verwijderd]</c>; the original was never stored.</summary>
    Redacted = 1,

    /// <summary>Kept in the text; the ticket is marked for staff to look at.</summary>
    Flagged = 2,
}
