using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Turns a mail's HTML into readable plain text (AngleSharp's HTML5 parser): paragraphs and line breaks kept, lists
/// as <c>- </c> items, links with their address, quoted mail (<c>blockquote</c>) as <c>&gt; </c> lines so that
/// <see cref="QuoteStripper"/> recognises it; scripts, styles and the head dropped.
/// </summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "template", "noscript", "title", "meta", "link", "object", "iframe", "svg", "math",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "center", "dd", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "header",
        "hr", "main", "nav", "ol", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <summary>The text of an HTML document or fragment.</summary>
    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Render(document.Body ?? (INode?)document.DocumentElement, text, preformatted: false);
        return Tidy(text.ToString());
    }

    private static void Render(INode? node, StringBuilder text, bool preformatted)
    {
        if (node is null)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendText(text, t.Data, preformatted);
                    break;
                case IElement e:
                    RenderElement(e, text, preformatted);
                    break;
            }
        }
    }

    private static void RenderElement(IElement element, StringBuilder text, bool preformatted)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name))
        {
            return;
        }

        switch (name)
        {
            case "br":
                text.Append('\n');
                return;
            case "img":
                var alt = element.GetAttribute("alt")?.Trim();
                if (!string.IsNullOrEmpty(alt))
                {
                    AppendText(text, $"[{alt}]", preformatted);
                }

                return;
            case "li":
                NewLine(text);
                text.Append("- ");
                Render(element, text, preformatted);
                NewLine(text);
                return;
            case "td" or "th":
                if (text.Length > 0 && text[^1] is not ('\n' or ' ' or '\t'))
                {
                    text.Append('\t');
                }

                Render(element, text, preformatted);
                return;
            case "a":
                var before = text.Length;
                Render(element, text, preformatted);
                var href = element.GetAttribute("href")?.Trim();
                var label = text.ToString(before, text.Length - before).Trim();
                if (href is not null && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                    && !string.Equals(label, href, StringComparison.OrdinalIgnoreCase) && label.Length > 0)
                {
                    text.Append(" (").Append(href).Append(')');
                }

                return;
            case "blockquote":
                var quoted = new StringBuilder();
                Render(element, quoted, preformatted);
                NewLine(text);
                foreach (var line in Tidy(quoted.ToString()).Split('\n'))
                {
                    text.Append(line.Length == 0 ? ">" : "> " + line).Append('\n');
                }

                return;
        }

        var isParagraph = Paragraphs.Contains(name);
        if (isParagraph || Blocks.Contains(name))
        {
            NewLine(text);
            if (isParagraph)
            {
                BlankLine(text);
            }

            Render(element, text, preformatted || name == "pre");
            NewLine(text);
            if (isParagraph)
            {
                BlankLine(text);
            }

            return;
        }

        Render(element, text, preformatted);
    }

    private static void AppendText(StringBuilder text, string data, bool preformatted)
    {
        if (preformatted)
        {
            text.Append(data.Replace('\u00A0', ' '));
            return;
        }

        var collapsed = Whitespace().Replace(data.Replace('\u00A0', ' '), " ");
        if (collapsed.StartsWith(' ') && (text.Length == 0 || text[^1] is '\n' or ' ' or '\t'))
        {
            collapsed = collapsed[1..];
        }

        text.Append(collapsed);
    }

    private static void NewLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static void BlankLine(StringBuilder text)
    {
        if (text.Length > 0 && !(text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n'))
        {
            NewLine(text);
            text.Append('\n');
        }
    }

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd(' ', '\t'));
        return ManyBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim('\n', ' ');
    }

    [GeneratedRegex(@"[ \t\r\n\f]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ManyBlankLines();
}
