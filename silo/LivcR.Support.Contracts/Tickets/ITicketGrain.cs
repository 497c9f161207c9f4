using LivcR.Support.Contracts.Mail;
using Orleans.Concurrency;

namespace LivcR.Support.Contracts.Tickets;

/// <summary>One helpdesk ticket, keyed by its number (<see cref="TicketNumber"/>).</summary>
/// <remarks>
/// Every change may carry the version the caller saw; when the ticket moved on since, the change is refused with CONFLICT.
/// After each durable write the ticket updates its row in the read model (idempotent, stamped with the version).
/// </remarks>
[Alias("livcr.ticket")]
public interface ITicketGrain : IGrainWithStringKey
{
    /// <summary>Creates the ticket from a validated request. CONFLICT when a ticket with this number already exists.</summary>
    [Alias("open")]
    Task<TicketView> OpenAsync(NewTicket ticket);

    /// <summary>The ticket as this audience may see it, or null when no ticket has this number.</summary>
    [Alias("get-for")]
    Task<TicketView?> GetAsync(TicketAudience audience);

    /// <summary>
    /// Adds a public message. A municipality's reply reopens a waiting or resolved ticket; on a closed ticket it starts a
    /// follow-up ticket (linked both ways) and returns that one.
    /// </summary>
    [Alias("reply")]
    Task<TicketView> ReplyAsync(TicketReply reply);

    /// <summary>Adds an internal note (staff only; never shown to the municipality, never mailed).</summary>
    [Alias("note")]
    Task<TicketView> AddNoteAsync(TicketReply note);

    /// <summary>
    /// Staff remove <paramref name="text"/> (every exact occurrence) from entry <paramref name="entryId"/>: it becomes
    /// [verwijderd] in the ticket, its read-model row and search text, and the mail the entry came with. Recorded as a
    /// system event (who, never what). FORBIDDEN for anyone but staff; BAD_USER_INPUT for an unknown entry or a text the
    /// entry does not contain; CONFLICT on a stale version.
    /// </summary>
    [Alias("redact-entry")]
    Task<TicketView> RedactEntryAsync(TicketActor actor, int entryId, string text, int? expectedVersion);

    /// <summary>Changes status, priority, category, prevention level, assignee or tags. CONFLICT for an illegal status change.</summary>
    [Alias("triage")]
    Task<TicketView> TriageAsync(TicketTriage triage);

    /// <summary>The requester closes the ticket ("solved, thanks") or reopens a resolved one; CONFLICT otherwise or on a stale version.</summary>
    [Alias("set-by-requester")]
    Task<TicketView> SetByRequesterAsync(TicketActor actor, bool close, int? expectedVersion);

    /// <summary>Marks the ticket confidential (only the requester and staff see it) or not. NOT_FOUND when there is no ticket.</summary>
    [Alias("set-confidential")]
    Task<TicketView> SetConfidentialAsync(bool confidential);

    /// <summary>Links this ticket to another one (both ways are recorded by the caller) or removes the link.</summary>
    [Alias("link")]
    Task<TicketView> LinkAsync(TicketActor actor, string otherNumber, bool linked);

    /// <summary>Merges this ticket into the target: its entries are copied there, this one closes with a pointer.</summary>
    [Alias("merge-into")]
    Task<TicketView> MergeIntoAsync(TicketActor actor, string targetNumber, int? expectedVersion);

    /// <summary>Receives the entries of a ticket merged into this one.</summary>
    [Alias("absorb")]
    Task AbsorbAsync(string sourceNumber, IReadOnlyList<TicketEntryView> entries);

    /// <summary>Records an attachment whose content was stored; CONFLICT on a closed or merged ticket, BAD_USER_INPUT past the per-ticket limit.</summary>
    [Alias("attach")]
    Task<TicketView> AttachAsync(TicketActor actor, TicketAttachmentView attachment, long maxTotalBytes);

    /// <summary>Escalates a breached SLA once and closes a resolved ticket after the quiet period; the ticket's own state decides.</summary>
    [Alias("check-deadlines")]
    Task CheckDeadlinesAsync();

    /// <summary>
    /// Retention: when the ticket is closed since before <paramref name="cutoff"/>, not under legal hold and not anonymised,
    /// removes what it keeps outside its state, then anonymises the state. False when it was not due (its own state decides).
    /// </summary>
    [Alias("anonymise")]
    Task<bool> AnonymiseAsync(DateTimeOffset cutoff, int retentionMonths);

    /// <summary>Staff: puts the ticket under legal hold (retention skips it) or lifts it; CONFLICT once anonymised.</summary>
    [Alias("set-legal-hold")]
    Task<TicketView> SetLegalHoldAsync(TicketActor actor, bool hold, int? expectedVersion);

    /// <summary>Writes the ticket's row in the read model again (rebuild).</summary>
    [Alias("project")]
    Task ProjectAsync();

    /// <summary>
    /// Opens the ticket from an incoming mail (the number was reserved for this mail). When the ticket already holds the
    /// mail, nothing changes (Duplicate); CONFLICT when the number belongs to another ticket.
    /// </summary>
    [Alias("open-from-mail")]
    Task<MailReceipt> OpenFromMailAsync(NewTicket ticket, InboundMail mail);

    /// <summary>
    /// Adds a reply that came by mail (its sender was accepted by the caller). Duplicate when the ticket holds it already;
    /// Closed (nothing changed) when the ticket is closed and the sender is not staff.
    /// </summary>
    [Alias("receive-mail")]
    Task<MailReceipt> ReceiveMailAsync(InboundMail mail);

    /// <summary>Records an automatic reply or a bounce about this ticket as a system event, once per mail.</summary>
    [Alias("record-mail-event")]
    Task<MailReceipt> RecordMailEventAsync(string dedupeKey, string text);

    /// <summary>Staff: files the ticket under a municipality (e.g. one that came by mail from an unknown sender).</summary>
    [Alias("set-municipality")]
    Task<TicketView> SetMunicipalityAsync(TicketActor actor, string nisCode);

    /// <summary>
    /// True when the ticket's stored state holds this notice token, i.e. the change that staged a mail in the outbox was
    /// written. Asked by the outbox before it sends such a mail; read-only.
    /// </summary>
    /// <remarks>
    /// Deliberately not interleaving: asked while the change that staged the mail is still being written, the answer waits
    /// for that write; a change whose write failed is dropped from memory, so it is never confirmed.
    /// </remarks>
    [Alias("holds-notice")]
    Task<bool> HoldsNoticeAsync(Guid token);

    /// <summary>
    /// Forgets the token of a staged mail the outbox has sent, so the ticket's state does not grow with every mail.
    /// </summary>
    /// <remarks>
    /// Only after sending: a failed or held mail may still be sent later and must still be confirmed. The token leaves
    /// memory at once and storage with the ticket's next write; until then a restart brings it back, which is harmless.
    /// </remarks>
    [Alias("forget-notice")]
    [OneWay]
    Task ForgetNoticeAsync(Guid token);

    /// <summary>Erasure of a person (GDPR art. 17): they become "Verwijderde gebruiker" on this ticket; the content stays. False when they were not on it.</summary>
    [Alias("erase-person")]
    Task<bool> ErasePersonAsync(string email);
}
