using System.Text;
using LivcR.Support.Contracts.Errors;

namespace LivcR.Support.Silo.Attachments;

/// <summary>
/// What may be attached: PDF, images (PNG, JPEG, GIF), Office and OpenDocument files, plain text and CSV — recognised by
/// their content, not only by name or declared type. At most <see cref="MaxFileBytes"/> per file.
/// </summary>
public static class AttachmentRules
{
    /// <summary>Largest file (10 MiB).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Largest total per ticket (25 MiB).</summary>
    public const long MaxTicketBytes = 25 * 1024 * 1024;

    /// <summary>The kinds of file accepted, by extension.</summary>
    public static readonly IReadOnlyList<string> AllowedExtensions = ["pdf", "png", "jpg", "gif", "docx", "xlsx", "pptx", "odt", "ods", "txt", "csv"];

    private static readonly Dictionary<string, string> ZipTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
    };

    /// <summary>A safe file name: no folders, no control characters, at most 200 characters.</summary>
    public static string CleanName(string? name)
    {
        var bare = Path.GetFileName((name ?? string.Empty).Replace('\\', '/')).Trim();
        var clean = new string(bare.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':')).ToArray());
        if (clean.Length == 0 || clean.All(c => c == '.'))
        {
            throw SupportException.BadInput("name", "Geef de bijlage een bestandsnaam.");
        }

        return clean.Length <= 200 ? clean : clean[^200..];
    }

    /// <summary>The content type recognised from the bytes and the name; BAD_USER_INPUT for anything not allowed.</summary>
    public static string Detect(string name, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            throw SupportException.BadInput("content", "De bijlage is leeg.");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        string? type = content switch
        {
            [0x25, 0x50, 0x44, 0x46, ..] => "application/pdf",
            [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
            [0x50, 0x4B, 0x03, 0x04, ..] => ZipTypes.GetValueOrDefault(extension),
            _ when extension is ".txt" or ".csv" && IsText(content) => extension == ".csv" ? "text/csv" : "text/plain",
            _ => null,
        };
        return type ?? throw SupportException.BadInput("content", $"Dit soort bestand kan niet als bijlage (wel: {string.Join(", ", AllowedExtensions)}).");
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0))
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
