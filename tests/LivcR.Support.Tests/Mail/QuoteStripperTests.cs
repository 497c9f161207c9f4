using LivcR.Support.Silo.Mail.Inbound;

namespace LivcR.Support.Tests.Mail;

public sealed class QuoteStripperTests
{
    private const string Answer = "Dank u, dat helpt ons verder.\nWe bellen de school morgen.";

    [Theory]
    [InlineData("Van: Helpdesk VVSG <radicalisering@vvsg.example>\nVerzonden: dinsdag 3 maart 2026 10:15\nAan: An De Smet <an.desmet@gent.be>\nOnderwerp: [VVSG #2026-00042] Uw vraag\n\nGoedemiddag,")]
    [InlineData("From: VVSG Helpdesk <radicalisering@vvsg.example>\nSent: Tuesday, March 3, 2026 10:15 AM\nTo: An De Smet <an.desmet@gent.be>\nSubject: [VVSG #2026-00042] Your question\n\nHello,")]
    [InlineData("De : Helpdesk VVSG <radicalisering@vvsg.example>\nEnvoyé : mardi 3 mars 2026 10:15\nÀ : An De Smet\nObjet : [VVSG #2026-00042] Votre question\n\nBonjour,")]
    [InlineData("Von: Helpdesk VVSG <radicalisering@vvsg.example>\nGesendet: Dienstag, 3. März 2026 10:15\nAn: An De Smet\nBetreff: [VVSG #2026-00042] Ihre Frage\n\nHallo,")]
    [InlineData("*From:* VVSG Helpdesk <radicalisering@vvsg.example>\n*Sent:* Tuesday, March 3, 2026 10:15 AM\n*Subject:* Your question\n\nHello,")]
    [InlineData("-----Oorspronkelijk bericht-----\nVan: Helpdesk VVSG\nOnderwerp: Uw vraag\n\nGoedemiddag,")]
    [InlineData("-----Original Message-----\nFrom: VVSG Helpdesk\n\nHello,")]
    [InlineData("-----Message d'origine-----\nDe : Helpdesk VVSG\n\nBonjour,")]
    [InlineData("Op di 3 mrt 2026 om 10:15 schreef Helpdesk VVSG <radicalisering@vvsg.example>:\n\n> Goedemiddag,\n> Wij hebben uw vraag ontvangen.")]
    [InlineData("Op 3 mrt. 2026, om 10:15 heeft Helpdesk VVSG <radicalisering@vvsg.example> het volgende geschreven:\n\n> Goedemiddag,")]
    [InlineData("Le mar. 3 mars 2026 à 10:15, Helpdesk VVSG <radicalisering@vvsg.example> a écrit :\n> Bonjour,")]
    [InlineData("On Tue, Mar 3, 2026 at 10:15 AM VVSG Helpdesk <radicalisering@vvsg.example> wrote:\n> Hello,")]
    [InlineData("On 3/3/26 10:15, VVSG Helpdesk wrote:\n> Hello,")]
    [InlineData("Am Di., 3. März 2026 um 10:15 Uhr schrieb Helpdesk VVSG <radicalisering@vvsg.example>:\n> Hallo,")]
    [InlineData("> Goedemiddag,\n> Wij hebben uw vraag ontvangen.\n>\n> Met vriendelijke groeten")]
    public void Split_ReplyAboveQuotedHistory_KeepsOnlyTheReply(string history)
    {
        var split = QuoteStripper.Split($"{Answer}\n\n{history}\n");

        Assert.Equal(Answer, split.Reply);
        Assert.True(split.HasHistory);
        Assert.Equal(history.Split('\n')[0], split.History.Split('\n')[0]);
    }

    [Fact]
    public void Split_OutlookUnderscoreLineAboveHeaderBlock_GoesWithTheHistory()
    {
        var text = $"{Answer}\n\n________________________________\nVan: Helpdesk VVSG <radicalisering@vvsg.example>\nVerzonden: dinsdag 3 maart 2026 10:15\nAan: An De Smet\nOnderwerp: Uw vraag\n\nGoedemiddag,";

        var split = QuoteStripper.Split(text);

        Assert.Equal(Answer, split.Reply);
        Assert.StartsWith("_____", split.History, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_AttributionWrappedOverTwoLines_IsFound()
    {
        var text = $"{Answer}\n\nOp di 3 mrt 2026 om 10:15 schreef Helpdesk VVSG <\nradicalisering@vvsg.example>:\n\n> Goedemiddag,";

        Assert.Equal(Answer, QuoteStripper.Strip(text));
    }

    [Fact]
    public void Split_CrLfLineEnds_AreHandled() =>
        Assert.Equal(Answer, QuoteStripper.Strip($"{Answer}\n\n-----Original Message-----\nFrom: x\n".Replace("\n", "\r\n", StringComparison.Ordinal)));

    [Fact]
    public void Split_AnswersBetweenQuotedLines_AreKept()
    {
        const string text = "> Hoe oud is de leerling?\n16 jaar.\n> Is de school op de hoogte?\nJa, sinds vorige week.";

        var split = QuoteStripper.Split(text);

        Assert.Equal(text, split.Reply);
        Assert.False(split.HasHistory);
    }

    [Fact]
    public void Split_InterleavedAnswersThenTrailingQuote_CutsOnlyTheTrailingQuote()
    {
        const string text = "> Hoe oud is de leerling?\n16 jaar.\n\n> Met vriendelijke groeten\n> Helpdesk";

        Assert.Equal("> Hoe oud is de leerling?\n16 jaar.", QuoteStripper.Strip(text));
    }

    [Theory]
    [InlineData("Op school schreef een leerling het volgende:\n\"Ik wil naar Syrië\"\nWat moeten we doen?")]
    [InlineData("On the forum someone wrote:\nthis is a quote\nWhat should we do?")]
    [InlineData("Van: de directeur kregen we dit bericht.\nHij vraagt of u kan bellen.")]
    [InlineData("Een gewone vraag zonder geschiedenis.\nMet vriendelijke groeten,\nAn")]
    public void Split_OrdinaryText_IsNotCut(string text)
    {
        var split = QuoteStripper.Split(text);

        Assert.Equal(text, split.Reply);
        Assert.Equal(string.Empty, split.History);
    }

    [Fact]
    public void Split_BareForward_KeepsEverything()
    {
        const string text = "-----Original Message-----\nFrom: Directeur\nSubject: Leerling\n\nEen leerling deelt filmpjes van IS.";

        var split = QuoteStripper.Split(text);

        Assert.Equal(text, split.Reply);
        Assert.False(split.HasHistory);
    }

    [Fact]
    public void Split_FirstHistoryMarkerWins()
    {
        const string text = "Ja.\n\nOn Tue, Mar 3, 2026 at 10:15 AM An <an@gent.be> wrote:\n> Nee.\n> -----Original Message-----\n> From: x";

        var split = QuoteStripper.Split(text);

        Assert.Equal("Ja.", split.Reply);
        Assert.StartsWith("On Tue", split.History, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_Empty_IsEmpty()
    {
        Assert.Equal(string.Empty, QuoteStripper.Strip(null));
        Assert.Equal(string.Empty, QuoteStripper.Strip("  \n "));
    }
}
