using LivcR.Support.Silo.Mail.Inbound;

namespace LivcR.Support.Tests.Mail;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToText_ParagraphsAndBreaks_BecomeLines() =>
        Assert.Equal("Goedemiddag,\n\nEen leerling\ndeelt filmpjes.\n\nGroeten,\nAn",
            HtmlText.ToText("<html><body><p>Goedemiddag,</p><p>Een leerling<br>deelt   filmpjes.</p><div>Groeten,</div><div>An</div></body></html>"));

    [Fact]
    public void ToText_ScriptsStylesAndHead_AreDropped() =>
        Assert.Equal("Zichtbaar",
            HtmlText.ToText("<html><head><title>Titel</title><style>p{color:red}</style></head><body><script>alert(1)</script><p>Zichtbaar</p></body></html>"));

    [Fact]
    public void ToText_EntitiesAndNonBreakingSpaces_AreDecoded() =>
        Assert.Equal("Caf\u00e9 & co \u20ac 5", HtmlText.ToText("<p>Caf&eacute;&nbsp;&amp; co&nbsp;&euro;&nbsp;5</p>"));

    [Fact]
    public void ToText_ListsAndLinks_AreReadable() =>
        Assert.Equal("- een\n- twee (https://vvsg.example/info)\n\nZie https://vvsg.example",
            HtmlText.ToText("<ul><li>een</li><li><a href=\"https://vvsg.example/info\">twee</a></li></ul><p>Zie <a href=\"https://vvsg.example\">https://vvsg.example</a></p>"));

    [Fact]
    public void ToText_Blockquote_BecomesQuotedLinesTheStripperRemoves()
    {
        var text = HtmlText.ToText("<div>Dank u.</div><div class=\"gmail_quote\"><div>Op di 3 mrt 2026 om 10:15 schreef Helpdesk &lt;radicalisering@vvsg.example&gt;:<br></div><blockquote><p>Goedemiddag,</p><p>Wij hebben uw vraag.</p></blockquote></div>");

        Assert.Contains("> Goedemiddag,\n>\n> Wij hebben uw vraag.", text, StringComparison.Ordinal);
        Assert.Equal("Dank u.", QuoteStripper.Strip(text));
    }

    [Fact]
    public void ToText_TableCells_AreSeparated() =>
        Assert.Equal("Naam\tGemeente\nAn\tGent", HtmlText.ToText("<table><tr><td>Naam</td><td>Gemeente</td></tr><tr><td>An</td><td>Gent</td></tr></table>"));

    [Fact]
    public void ToText_Preformatted_KeepsItsSpacing() =>
        Assert.Equal("a   b\n  c", HtmlText.ToText("<pre>a   b\n  c</pre>"));

    [Fact]
    public void ToText_Empty_IsEmpty() => Assert.Equal(string.Empty, HtmlText.ToText(null));
}
