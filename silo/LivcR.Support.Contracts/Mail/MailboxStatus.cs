namespace LivcR.Support.Contracts.Mail;

/// <summary>The state of a mailbox reader, for health checks and staff (no mail content, no secrets).</summary>
/// <param name="Name">The mailbox's name.</param>
/// <param name="Description">Server, port, security, user and folder (never the password or token).</param>
/// <param name="State">Where the reader stands.</param>
/// <param name="WaitsWithIdle">True when the server supports IDLE and the reader uses it; false when it polls.</param>
/// <param name="LastError">The last connection or handling problem, if any.</param>
/// <param name="ConsecutiveFailures">Failed connection attempts since the last success.</param>
/// <param name="LastConnectedAt">When the last connection succeeded.</param>
/// <param name="LastCheckedAt">When the folder was last read to the end.</param>
/// <param name="NextAttemptAt">While reconnecting: when the next attempt is due.</param>
/// <param name="Processed">Messages handled and moved to the processed folder since the reader started.</param>
/// <param name="Quarantined">Messages moved to the quarantine folder since the reader started.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.mailbox-status")]
public sealed record MailboxStatus(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description,
    [property: Id(2)] MailboxState State,
    [property: Id(3)] bool WaitsWithIdle,
    [property: Id(4)] string? LastError,
    [property: Id(5)] int ConsecutiveFailures,
    [property: Id(6)] DateTimeOffset? LastConnectedAt,
    [property: Id(7)] DateTimeOffset? LastCheckedAt,
    [property: Id(8)] DateTimeOffset? NextAttemptAt,
    [property: Id(9)] long Processed,
    [property: Id(10)] long Quarantined);
