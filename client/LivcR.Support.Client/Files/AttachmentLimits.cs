namespace LivcR.Support.Client;

/// <summary>What an attachment may be (schema type <c>AttachmentLimits</c>); an upload beyond these is refused.</summary>
/// <param name="MaxFileBytes">Largest file, in bytes.</param>
/// <param name="MaxTicketBytes">Largest total of one ticket's attachments, in bytes.</param>
/// <param name="AllowedExtensions">The kinds of file accepted, by extension (pdf, png, …).</param>
public sealed record AttachmentLimits(int MaxFileBytes, int MaxTicketBytes, IReadOnlyList<string> AllowedExtensions);
