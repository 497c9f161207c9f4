using LivcR.Support.Client;
using Microsoft.Extensions.Localization;

namespace LivcR.Support.Portal.Services;

/// <summary>
/// Says before anything is sent whether chosen files fit the gateway's limits (so a question is never half sent); the
/// gateway checks again, by content, when they are uploaded.
/// </summary>
public static class AttachmentCheck
{
    /// <summary>The reason the files cannot go, or null when they fit.</summary>
    public static string? Refusal(IEnumerable<(string Name, long Length)> files, AttachmentLimits limits, IStringLocalizer texts)
    {
        var list = files.ToList();
        foreach (var (name, length) in list)
        {
            var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
            if (extension == "jpeg")
            {
                extension = "jpg";
            }

            if (!limits.AllowedExtensions.Contains(extension))
            {
                return texts["Ask.FileKind", name, string.Join(", ", limits.AllowedExtensions)];
            }

            if (length == 0)
            {
                return texts["Ask.FileEmpty", name];
            }

            if (length > limits.MaxFileBytes)
            {
                return texts["Ask.FileTooLarge", name, NlFormat.Size(limits.MaxFileBytes)];
            }
        }

        return list.Sum(f => f.Length) > limits.MaxTicketBytes ? texts["Ask.FilesTooLarge", NlFormat.Size(limits.MaxTicketBytes)].Value : null;
    }
}
