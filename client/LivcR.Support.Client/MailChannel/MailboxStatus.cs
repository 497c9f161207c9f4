namespace LivcR.Support.Client;

/// <summary>The reader of one configured mailbox (schema type <c>MailboxStatus</c>); one per mailbox in the whole cluster.</summary>
/// <param name="Name">The mailbox's name.</param>
/// <param name="Description">Server, port, security, user and folder (never the password).</param>
/// <param name="State">Where the reader stands.</param>
/// <param name="WaitsWithIdle">True when it waits for mail with IMAP IDLE; false when it polls.</param>
/// <param name="LastError">The last connection or handling problem.</param>
/// <param name="ConsecutiveFailures">Failed connection attempts since the last success.</param>
/// <param name="LastConnectedAt">When the last connection succeeded.</param>
/// <param name="LastCheckedAt">When the folder was last read to the end.</param>
/// <param name="NextAttemptAt">While reconnecting: the next attempt.</param>
/// <param name="Processed">Mails moved to the processed folder since the reader started.</param>
/// <param name="Quarantined">Mails moved to the quarantine folder since the reader started.</param>
public sealed record MailboxStatus(
    string Name,
    string Description,
    MailboxState State,
    bool WaitsWithIdle,
    string? LastError,
    int ConsecutiveFailures,
    DateTimeOffset? LastConnectedAt,
    DateTimeOffset? LastCheckedAt,
    DateTimeOffset? NextAttemptAt,
    long Processed,
    long Quarantined);
