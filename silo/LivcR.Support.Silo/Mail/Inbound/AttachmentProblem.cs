namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>Why an attachment of an incoming mail was not taken over. The mail itself keeps it.</summary>
public enum AttachmentProblem
{
    /// <summary>Larger than the limit per file (<c>AttachmentRules.MaxFileBytes</c>).</summary>
    TooLarge = 0,

    /// <summary>Taking it would exceed the limit per ticket (<c>AttachmentRules.MaxTicketBytes</c>).</summary>
    TotalTooLarge = 1,

    /// <summary>A kind of file that is not accepted (<c>AttachmentRules.Detect</c>), or empty.</summary>
    NotAllowed = 2,

    /// <summary>Its content could not be decoded (broken encoding, unreadable winmail.dat).</summary>
    Unreadable = 3,
}
