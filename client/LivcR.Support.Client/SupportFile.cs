namespace LivcR.Support.Client;

/// <summary>A downloaded file: an attachment or a CSV export.</summary>
/// <param name="FileName">The name the server gave it (Content-Disposition), or a fallback.</param>
/// <param name="ContentType">The content type the server sent, e.g. <c>text/csv; charset=utf-8</c>.</param>
/// <param name="Content">The bytes, exactly as sent (a CSV export starts with the UTF-8 byte order mark).</param>
public sealed record SupportFile(string FileName, string ContentType, byte[] Content);
