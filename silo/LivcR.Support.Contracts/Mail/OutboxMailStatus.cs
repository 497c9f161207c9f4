namespace LivcR.Support.Contracts.Mail;

/// <summary>Where a mail in the outbox stands.</summary>
public enum OutboxMailStatus
{
    /// <summary>Waiting to be sent (first try or a retry after a failure).</summary>
    Pending = 0,

    /// <summary>Handed to the SMTP server.</summary>
    Sent = 1,

    /// <summary>Given up after the last attempt, or refused permanently by the SMTP server; staff may retry it.</summary>
    Failed = 2,

    /// <summary>Not sent on purpose (loop guard, undeliverable address, limit of automatic mail); staff may retry it.</summary>
    Suppressed = 3,

    /// <summary>Accepted while no SMTP server was configured; sent when staff retry it once one is.</summary>
    Held = 4,
}
