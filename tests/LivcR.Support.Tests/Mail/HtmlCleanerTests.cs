using LivcR.Support.Silo.Mail.Inbound;

namespace LivcR.Support.Tests.Mail;

public sealed class HtmlCleanerTests
{
    [Fact]
    public void Sanitize_ScriptsAndEventHandlers_AreRemoved()
    {
        var html = HtmlCleaner.Sanitize("<p onclick=\"steal()\">Hallo</p><script>steal()</script><img src=x onerror=\"steal()\"><iframe src=\"https://evil.example\"></iframe>");

        Assert.DoesNotContain("steal", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hallo", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">klik</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">klik</a>")]
    [InlineData("<a href=\"cid:part1\">klik</a>")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"pw\"></form>")]
    public void Sanitize_DangerousLinksAndForms_AreRemoved(string input)
    {
        var html = HtmlCleaner.Sanitize(input);

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cid:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<input", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sanitize_OrdinaryLinks_AreKept()
    {
        var html = HtmlCleaner.Sanitize("<a href=\"https://vvsg.example/x\">info</a> <a href=\"mailto:an@gent.be\">mail</a>");

        Assert.Contains("href=\"https://vvsg.example/x\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:an@gent.be\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_RemoteImages_LoseTheirSourceButInlineImagesKeepIt()
    {
        var html = HtmlCleaner.Sanitize("<img src=\"https://tracker.example/pixel.gif\" alt=\"pixel\"><img src=\"cid:image001.png@01DA\" alt=\"logo\"><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"embedded\">");

        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
        Assert.Contains("src=\"cid:image001.png@01DA\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_StylesThatLoadThings_AreRemoved()
    {
        var html = HtmlCleaner.Sanitize("<style>body{background:url(https://tracker.example/a)}</style><div style=\"background-image:url(https://tracker.example/b);color:red\">x</div>");

        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
        Assert.Contains("style=\"color:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div style=\"border-image:url(https://tracker.example/a) 30 round;color:red\">x</div>")]
    [InlineData("<div style=\"border-image-source:url(https://tracker.example/a)\">x</div>")]
    [InlineData("<div style=\"mask:url(https://tracker.example/a)\">x</div>")]
    [InlineData("<div style=\"filter:url(https://tracker.example/a#f)\">x</div>")]
    [InlineData("<ul style=\"list-style:url(https://tracker.example/a)\"><li>x</li></ul>")]
    [InlineData("<table background=\"https://tracker.example/a\"><tr><td background=\"https://tracker.example/b\">x</td></tr></table>")]
    public void Sanitize_RemoteImagesThroughCssOrOldAttributes_AreRemoved(string input)
    {
        var html = HtmlCleaner.Sanitize(input);

        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
        Assert.Contains("x", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_ElementsPositionedOverThePage_LoseTheirPosition()
    {
        var html = HtmlCleaner.Sanitize("<div style=\"position:fixed;top:0;left:0;color:red\">Meld je opnieuw aan</div>");

        Assert.DoesNotContain("position", html, StringComparison.Ordinal);
        Assert.Contains("Meld je opnieuw aan", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_AlreadySanitisedHtml_StaysTheSame()
    {
        var once = HtmlCleaner.Sanitize("<p style=\"color:red\">Hallo <b>daar</b></p><img src=\"cid:logo@01\" alt=\"logo\"><a href=\"https://vvsg.example\">info</a>");

        Assert.Equal(once, HtmlCleaner.Sanitize(once));
    }

    [Fact]
    public void Sanitize_WholeDocument_GivesTheBodyContent()
    {
        var html = HtmlCleaner.Sanitize("<html><head><title>t</title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"></head><body><p>Inhoud</p></body></html>");

        Assert.Equal("<p>Inhoud</p>", html);
    }
}
