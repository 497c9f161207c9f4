using Ganss.Xss;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Makes a mail's HTML safe to show in the helpdesk (HtmlSanitizer): no scripts, event handlers, forms or form fields,
/// frames, styles that load anything, or <c>javascript:</c> links.
/// </summary>
/// <remarks>
/// Links may point to http, https and mailto. Images may only come from the mail itself (<c>cid:</c>, resolved against
/// the message's inline images by whoever shows it) or be embedded (<c>data:image/…</c>): remote images are dropped, so
/// opening a mail never tells its sender (or a tracker) that and when it was read.
/// </remarks>
public static class HtmlCleaner
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>The HTML's body, sanitised; empty for empty input.</summary>
    public static string Sanitize(string? html) =>
        string.IsNullOrWhiteSpace(html) ? string.Empty : Sanitizer.Sanitize(html).Trim();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in (string[])["http", "https", "mailto", "cid", "data"])
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        foreach (var tag in (string[])["form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend"])
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedCssProperties.Remove("background-image");
        sanitizer.AllowedCssProperties.Remove("background");
        sanitizer.AllowedCssProperties.Remove("list-style-image");
        sanitizer.AllowedCssProperties.Remove("content");
        sanitizer.AllowedCssProperties.Remove("cursor");
        sanitizer.FilterUrl += (_, e) =>
        {
            var url = e.SanitizedUrl ?? string.Empty;
            var isImage = e.Tag.LocalName.Equals("img", StringComparison.OrdinalIgnoreCase);
            var embedded = url.StartsWith("cid:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
            if (isImage != embedded || (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && !isImage))
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }
}
