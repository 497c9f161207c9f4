using AngleSharp.Dom;
using Ganss.Xss;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Makes a mail's HTML safe to show in the helpdesk (HtmlSanitizer): no scripts, event handlers, forms or form fields,
/// frames, styles that load anything or position an element over the page, or <c>javascript:</c> links.
/// </summary>
/// <remarks>
/// Links may point to http, https and mailto. Images may only come from the mail itself (<c>cid:</c>, resolved against
/// the message's inline images by whoever shows it) or be embedded (<c>data:image/…</c>): remote images are dropped —
/// also through CSS (<c>url()</c> in any property: the properties that take one are not allowed, and a style attribute
/// that still holds one is removed whole) — so opening a mail never tells its sender (or a tracker) that and when it was read.
/// </remarks>
public static class HtmlCleaner
{
    // CSS properties that may load an image or document by url(): all go, so showing a mail fetches nothing.
    private static readonly string[] UrlProperties =
    [
        "background", "background-image", "border-image", "border-image-source", "list-style", "list-style-image", "content", "cursor",
        "mask", "mask-image", "mask-border", "mask-border-source", "-webkit-mask", "-webkit-mask-image", "filter", "clip-path", "shape-outside",
    ];

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

        foreach (var property in UrlProperties)
        {
            sanitizer.AllowedCssProperties.Remove(property);
        }

        sanitizer.AllowedCssProperties.Remove("position");
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

        // A CSS property that loads something and is not in the list above still cannot reach the reader's browser.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element && element.GetAttribute("style")?.Contains("url(", StringComparison.OrdinalIgnoreCase) == true)
            {
                element.RemoveAttribute("style");
            }
        };
        return sanitizer;
    }
}
