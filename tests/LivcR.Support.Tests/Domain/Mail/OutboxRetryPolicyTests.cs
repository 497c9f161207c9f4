using LivcR.Support.Silo.Mail.Outbox;

namespace LivcR.Support.Tests.Domain.Mail;

public sealed class OutboxRetryPolicyTests
{
    private static readonly OutboxOptions Options = new() { RetryBaseSeconds = 30, RetryMaxSeconds = 3600, MaxAttempts = 10 };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(60, 3600)]
    public void Delay_DoublesFromTheBase_UpToTheMaximum(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxRetryPolicy.Delay(failures, Options));

    [Fact]
    public void Delay_BeforeAnyFailure_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboxRetryPolicy.Delay(0, Options));

    [Theory]
    [InlineData(1, false)]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(11, true)]
    public void GiveUp_AtTheConfiguredNumberOfAttempts(int failures, bool expected) =>
        Assert.Equal(expected, OutboxRetryPolicy.GiveUp(failures, Options));
}
