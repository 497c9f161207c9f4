namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>When a mail that could not be sent is tried again, and when the outbox gives up.</summary>
public static class OutboxRetryPolicy
{
    /// <summary>The wait after the given number of failed attempts: base × 2^(attempts−1), at most the maximum.</summary>
    public static TimeSpan Delay(int failedAttempts, OutboxOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var exponent = Math.Min(failedAttempts - 1, 30);
        var seconds = Math.Min((double)options.RetryBaseSeconds * Math.Pow(2, exponent), options.RetryMaxSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>True when a mail that failed this many times must be marked failed instead of tried again.</summary>
    public static bool GiveUp(int failedAttempts, OutboxOptions options) => failedAttempts >= options.MaxAttempts;
}
