using LivcR.Support.Contracts.Mail;
using LivcR.Support.Silo.Mail.Outbox;

namespace LivcR.Support.Tests.Domain.Mail;

public sealed class MailLoopGuardTests
{
    private static readonly IReadOnlySet<string> Own = new HashSet<string>(["radicalisering@vvsg.example", "helpdesk@vvsg.example"]);
    private static readonly OutboxOptions Options = new() { MaxAutomaticPerAddressPerHour = 3 };

    private static string? Reason(string to, bool automatic = true, bool answers = true, PersonMailStatus? status = null, int sent = 0) =>
        MailLoopGuard.SuppressionReason(to, automatic, answers, Own, status, sent, Options);

    [Fact]
    public void AnswerToTheHelpdesksOwnAddress_IsSuppressed_WhateverTheCase() =>
        Assert.Contains("lusbeveiliging", Reason(" Radicalisering@VVSG.example "), StringComparison.Ordinal);

    [Fact]
    public void NoticeToAStaffAddressThatIsTheHelpdesksOwn_GoesOut() =>
        Assert.Null(Reason("helpdesk@vvsg.example", answers: false));

    [Fact]
    public void OrdinaryAddress_GoesOut() => Assert.Null(Reason("an@gent.example"));

    [Fact]
    public void UndeliverableAddress_IsSuppressed_EvenForAStaffReply()
    {
        var status = new PersonMailStatus("an@gent.example", true, MailLanguage.Nl, new MailUndeliverable("5.1.1 user unknown", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

        var reason = Reason("an@gent.example", automatic: false, status: status);

        Assert.Equal("Adres onbestelbaar sinds 2026-03-02 (5.1.1 user unknown): niet verstuurd.", reason);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(40, true)]
    public void AutomaticMail_PastTheHourlyLimit_IsSuppressed(int sentLastHour, bool suppressed) =>
        Assert.Equal(suppressed, Reason("an@gent.example", sent: sentLastHour) is not null);

    [Fact]
    public void StaffReply_IsNotCountedAgainstTheLimitOfAutomaticMail() =>
        Assert.Null(Reason("an@gent.example", automatic: false, sent: 100));
}
