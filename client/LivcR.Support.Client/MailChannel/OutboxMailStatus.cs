using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>Where a mail in the outbox stands (schema enum <c>OutboxMailStatus</c>).</summary>
public enum OutboxMailStatus
{
    /// <summary>Waiting or retrying.</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    /// <summary>The SMTP server took it.</summary>
    [JsonStringEnumMemberName("SENT")]
    Sent,

    /// <summary>Given up or refused; can be sent again.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,

    /// <summary>Not sent on purpose (loop guard, undeliverable address, limit); can be sent again.</summary>
    [JsonStringEnumMemberName("SUPPRESSED")]
    Suppressed,

    /// <summary>Kept because no SMTP server is configured; can be sent again.</summary>
    [JsonStringEnumMemberName("HELD")]
    Held,
}
