namespace LivcR.Support.Client;

/// <summary>An attachment's metadata (schema type <c>TicketAttachment</c>); the bytes come from <see cref="SupportClient.DownloadAttachmentAsync"/>.</summary>
/// <param name="Id">Id, for the download.</param>
/// <param name="Name">File name.</param>
/// <param name="ContentType">Content type, recognised by the server from the content.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="UploadedBy">Who added it.</param>
/// <param name="UploadedAt">When.</param>
/// <param name="Internal">Belongs with the internal notes: only staff see and download it.</param>
public sealed record TicketAttachment(string Id, string Name, string ContentType, long Size, TicketPerson UploadedBy, DateTimeOffset UploadedAt, bool Internal = false);
