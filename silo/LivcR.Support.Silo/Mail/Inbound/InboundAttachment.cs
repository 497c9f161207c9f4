namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>One attachment or inline image of an incoming mail.</summary>
/// <param name="FileName">A safe file name (<c>AttachmentRules.CleanName</c>); made up from the type when the mail gives none.</param>
/// <param name="ContentType">The type recognised from the content when accepted, else the type the mail declared.</param>
/// <param name="Size">The decoded size in bytes.</param>
/// <param name="IsInline">An image shown in the body (inline disposition or a Content-ID) rather than a file attached.</param>
/// <param name="ContentId">The Content-ID the HTML refers to with <c>cid:</c>, or null.</param>
/// <param name="FromWinmailDat">Unpacked from an Outlook winmail.dat (TNEF) part.</param>
/// <param name="Content">The decoded bytes; null when not accepted.</param>
/// <param name="Problem">Why it was not accepted; null when accepted.</param>
/// <param name="ProblemMessage">The reason in Dutch, for staff; null when accepted.</param>
public sealed record InboundAttachment(
    string FileName,
    string ContentType,
    long Size,
    bool IsInline,
    string? ContentId,
    bool FromWinmailDat,
    byte[]? Content,
    AttachmentProblem? Problem,
    string? ProblemMessage)
{
    /// <summary>True when the attachment can be stored on the ticket.</summary>
    public bool IsAccepted => Problem is null;
}
