using System.Text;
using LivcR.Support.Silo.Mail.Inbound;
using MimeKit;

namespace LivcR.Support.Tests.Mail;

public sealed class RobotSenderRulesTests
{
    private static MimeMessage Mail(string from, string extraHeaders = "") => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(
        $"From: {from}\r\nTo: radicalisering@vvsg.example\r\nSubject: Vraag\r\nMessage-ID: <{Guid.NewGuid():N}@example.be>\r\n{extraHeaders}" +
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGoedemiddag, ik heb een vraag.\r\n")));

    [Theory]
    [InlineData("noreply@gent.be")]
    [InlineData("no-reply@nieuws.example")]
    [InlineData("No_Reply@example.com")]
    [InlineData("donotreply@bank.example")]
    [InlineData("do-not-reply@shop.example")]
    [InlineData("noreply-facturen@leverancier.example")]
    [InlineData("MAILER-DAEMON@mx.example")]
    [InlineData("postmaster@gent.be")]
    public void Find_NoReplySender_GivesTheAddress(string address) =>
        Assert.Contains(address, RobotSenderRules.Default.Find(Mail($"Robot <{address}>")), StringComparison.Ordinal);

    [Theory]
    [InlineData("List-Id: Nieuws <nieuws.gent.be>\r\n", "List-Id")]
    [InlineData("List-Unsubscribe: <mailto:stop@lijst.example>\r\n", "List-Unsubscribe")]
    [InlineData("Precedence: bulk\r\n", "Precedence: bulk")]
    [InlineData("Precedence: List\r\n", "Precedence: list")]
    [InlineData("Precedence: junk\r\n", "Precedence: junk")]
    [InlineData("Feedback-ID: 123:campagne:mailer\r\n", "Feedback-ID")]
    [InlineData("X-Spam-Flag: YES\r\n", "spam")]
    [InlineData("X-Spam-Status: Yes, score=9.1 required=5.0\r\n", "spam")]
    public void Find_BulkListOrSpamHeader_SaysWhich(string header, string shown) =>
        Assert.Contains(shown, RobotSenderRules.Default.Find(Mail("Nieuwsbrief <info@nieuws.example>", header)), StringComparison.Ordinal);

    [Theory]
    [InlineData("An De Smet <an.desmet@gent.be>", "")]
    [InlineData("Noreen Plyson <noreen.plyson@gent.be>", "")]
    [InlineData("Postmeester <postmeester@gent.be>", "")]
    [InlineData("An <an@gent.be>", "X-Spam-Flag: NO\r\nX-Spam-Status: No, score=0.1\r\nPrecedence: first-class\r\n")]
    public void Find_PersonsMail_IsNoRobot(string from, string headers) =>
        Assert.Null(RobotSenderRules.Default.Find(Mail(from, headers)));

    [Fact]
    public void Find_ConfiguredPattern_MatchesTheWholeAddressCaseInsensitively()
    {
        var rules = new RobotSenderRules([@"^nieuwsbrief@", @"@mailing\.example$"]);

        Assert.Contains("Mail:NoAcknowledgementSenders", rules.Find(Mail("Nieuwsbrief@gemeente.be")), StringComparison.Ordinal);
        Assert.NotNull(rules.Find(Mail("iemand@Mailing.Example")));
        Assert.Null(rules.Find(Mail("iemand@gemeente.be")));
    }
}
