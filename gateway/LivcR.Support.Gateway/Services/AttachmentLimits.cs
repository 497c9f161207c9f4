using LivcR.Support.Silo.Attachments;

namespace LivcR.Support.Gateway.Services;

/// <summary>What an attachment may be, so forms can say it before anything is uploaded.</summary>
/// <param name="MaxFileBytes">Largest file.</param>
/// <param name="MaxTicketBytes">Largest total per ticket.</param>
/// <param name="AllowedExtensions">The kinds of file accepted.</param>
public sealed record AttachmentLimits(long MaxFileBytes, long MaxTicketBytes, IReadOnlyList<string> AllowedExtensions)
{
    /// <summary>The limits in force.</summary>
    public static AttachmentLimits Current { get; } = new(AttachmentRules.MaxFileBytes, AttachmentRules.MaxTicketBytes, AttachmentRules.AllowedExtensions);
}
