namespace LivcR.Support.Client;

/// <summary>The mail channel (staff): the outbox, the quarantine, the mailbox readers, filing a mail-born ticket.</summary>
/// <remarks>Lists show addresses, subjects and reasons, never the bodies of mails. Every change is audited.</remarks>
public sealed partial class SupportClient
{
    /// <summary>
    /// The most mails the client asks for in one outbox or quarantine list: the server's maximum (200), a page whose full
    /// entries stay within the gateway's default complexity limit.
    /// </summary>
    public const int MaxMailListSize = 200;

    /// <summary>Staff: mail the system accepted for sending, newest first, optionally of one status.</summary>
    /// <param name="status">Only mail with this status; null for all.</param>
    /// <param name="first">How many, 1 to <see cref="MaxMailListSize"/>; null for the server's default (50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<OutboxMail>> MailOutboxAsync(OutboxMailStatus? status = null, int? first = null, CancellationToken cancellationToken = default)
    {
        CheckFirst(first, MaxMailListSize);
        return RunAsync<IReadOnlyList<OutboxMail>>(Documents.GetMailOutbox, "mailOutbox", new { status, first }, cancellationToken);
    }

    /// <summary>
    /// Staff: sends a failed, suppressed or held mail again, with a fresh count of attempts.
    /// <see cref="SupportErrorCodes.Conflict"/> when it was sent or is queued already.
    /// </summary>
    public Task<OutboxMail> RetryOutboxMailAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return RunAsync<OutboxMail>(Documents.RetryOutboxMail, "retryOutboxMail", new { id }, cancellationToken);
    }

    /// <summary>Staff: incoming mail that could not be handled, newest first, with the reason.</summary>
    /// <param name="status">Only mail with this status; null for the ones still waiting (<see cref="QuarantineStatus.Quarantined"/>).</param>
    /// <param name="first">How many, 1 to <see cref="MaxMailListSize"/>; null for the server's default (50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<QuarantinedMail>> MailQuarantineAsync(QuarantineStatus? status = null, int? first = null, CancellationToken cancellationToken = default)
    {
        CheckFirst(first, MaxMailListSize);
        return RunAsync<IReadOnlyList<QuarantinedMail>>(Documents.GetMailQuarantine, "mailQuarantine", new { status, first }, cancellationToken);
    }

    /// <summary>
    /// Staff: turns a quarantined mail into a new ticket (<see cref="QuarantinedMail.TicketNumber"/> is set).
    /// <see cref="SupportErrorCodes.Conflict"/> when it was decided on already or its content was not kept.
    /// </summary>
    public Task<QuarantinedMail> ReleaseQuarantinedMailAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return RunAsync<QuarantinedMail>(Documents.ReleaseQuarantinedMail, "releaseQuarantinedMail", new { id }, cancellationToken);
    }

    /// <summary>
    /// Staff: throws a quarantined mail away (its content is deleted; the record stays).
    /// <see cref="SupportErrorCodes.Conflict"/> when it was decided on already.
    /// </summary>
    public Task<QuarantinedMail> DiscardQuarantinedMailAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return RunAsync<QuarantinedMail>(Documents.DiscardQuarantinedMail, "discardQuarantinedMail", new { id }, cancellationToken);
    }

    /// <summary>Staff and admins: the readers of the configured mailboxes (connected, waiting, reconnecting with the last error).</summary>
    public Task<IReadOnlyList<MailboxStatus>> MailboxesAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<MailboxStatus>>(Documents.GetMailboxes, "mailboxes", null, cancellationToken);

    /// <summary>Staff: files a ticket under a municipality, e.g. one that came by mail from an unknown sender (the onbekende-afzender tag goes).</summary>
    public Task<Ticket> SetTicketMunicipalityAsync(string number, string nisCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(nisCode);
        return RunAsync<Ticket>(Documents.SetTicketMunicipality, "setTicketMunicipality", new { number, nisCode }, cancellationToken);
    }
}
