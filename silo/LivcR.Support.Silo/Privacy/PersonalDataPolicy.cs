namespace LivcR.Support.Silo.Privacy;

/// <summary>What the intake does with one kind of personal data it finds.</summary>
public enum PersonalDataPolicy
{
    /// <summary>Replace it in the text with a label before anything is stored; the original is never stored, logged or mailed.</summary>
    Redact,

    /// <summary>Keep the text as written and mark the ticket for staff.</summary>
    Flag,
}
