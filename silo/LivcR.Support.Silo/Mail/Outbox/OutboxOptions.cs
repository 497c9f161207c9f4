using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>How the outbox delivers. Section <c>Mail:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mail:Outbox";

    /// <summary>Attempts before a mail is marked failed (staff see it and may retry it).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt; it doubles with every further failure.</summary>
    [Range(1, 86400)]
    public int RetryBaseSeconds { get; set; } = 30;

    /// <summary>The longest wait between two attempts.</summary>
    [Range(1, 86400)]
    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>How often the delivery worker looks for due mail when nobody wakes it.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    /// <summary>Most mails handled in one pass.</summary>
    [Range(1, 10000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// At most this many automatic mails (everything but staff replies) go to one address per hour; more are suppressed
    /// (loop guard against mail storms with auto-responders).
    /// </summary>
    [Range(1, 10000)]
    public int MaxAutomaticPerAddressPerHour { get; set; } = 20;

    /// <summary>A sign-in code older than this is not sent any more (it has expired).</summary>
    [Range(1, 1440)]
    public int SignInCodeLifetimeMinutes { get; set; } = 10;
}
