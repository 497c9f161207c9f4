using Orleans.Concurrency;

namespace LivcR.Support.Contracts.Mail;

/// <summary>
/// The one reader of a configured IMAP mailbox in the whole cluster (key: the mailbox's name). While active it keeps a
/// connection, waits for mail with IDLE (or polls), hands each message to the tickets and moves it to the processed or
/// quarantine folder only after the ticket's durable write.
/// </summary>
/// <remarks>
/// A reminder keeps it alive and restarts its reader after a silo restart or a move. A message is moved only after it
/// was handled, so a crash at any point means it is read again; the tickets drop a mail they already hold.
/// </remarks>
[Alias("livcr.mailbox")]
public interface IMailboxGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the keep-alive reminder exists and the reader runs (called at silo start; idempotent).</summary>
    [Alias("start")]
    Task StartAsync();

    /// <summary>The reader's state: connected, waiting, reconnecting with the last error, counts.</summary>
    [Alias("status")]
    [AlwaysInterleave]
    Task<MailboxStatus> GetStatusAsync();
}
