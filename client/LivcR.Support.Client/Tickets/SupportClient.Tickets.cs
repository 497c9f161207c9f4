namespace LivcR.Support.Client;

/// <summary>One ticket: asking, reading, answering, triage, links and merges.</summary>
/// <remarks>
/// Calls that take an <c>expectedVersion</c> are refused with <see cref="SupportErrorCodes.Conflict"/> when the ticket
/// changed since that version (pass <see cref="Ticket.Version"/> of the ticket you showed); null skips the check.
/// </remarks>
public sealed partial class SupportClient
{
    /// <summary>A municipality asks VVSG a question; returns the new ticket. <see cref="SupportErrorCodes.BadUserInput"/> (nothing created) when the input is wrong.</summary>
    /// <remarks>
    /// Sent with <see cref="SubmitHelpdeskRequestInput.ClientRequestId"/> (a new one when null) and sent once more with the
    /// same key when the connection fails, so a lost answer never makes a second ticket.
    /// </remarks>
    public Task<Ticket> SubmitAsync(SubmitHelpdeskRequestInput request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var keyed = request with { ClientRequestId = request.ClientRequestId ?? NewRequestId() };
        return RunRetryingAsync<Ticket>(Documents.SubmitHelpdeskRequest, "submitHelpdeskRequest", new { input = keyed }, cancellationToken);
    }

    /// <summary>One ticket with its thread; <see cref="SupportErrorCodes.NotFound"/> when there is none or it is outside your scope.</summary>
    public Task<Ticket> GetTicketAsync(string number, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return RunAsync<Ticket>(Documents.GetTicket, "ticket", new { number }, cancellationToken);
    }

    /// <summary>The requester or staff: only the requester and staff see a confidential ticket.</summary>
    public Task<Ticket> SetConfidentialAsync(string number, bool confidential, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return RunAsync<Ticket>(Documents.SetTicketConfidential, "setTicketConfidential", new { number, confidential }, cancellationToken);
    }

    /// <summary>
    /// Staff: legal hold keeps the ticket from being anonymised when its retention period ends; <paramref name="hold"/> false
    /// lifts it. CONFLICT once anonymised or when changed since <paramref name="expectedVersion"/>.
    /// </summary>
    public Task<Ticket> SetLegalHoldAsync(string number, bool hold, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return RunAsync<Ticket>(Documents.SetTicketLegalHold, "setTicketLegalHold", new { number, hold, expectedVersion }, cancellationToken);
    }

    /// <summary>Closes the question: solved, thanks (from an open status it passes RESOLVED first). CONFLICT when already closed or changed since <paramref name="expectedVersion"/>.</summary>
    public Task<Ticket> CloseTicketAsync(string number, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return RunAsync<Ticket>(Documents.CloseTicket, "closeTicket", new { number, expectedVersion }, cancellationToken);
    }

    /// <summary>Reopens a RESOLVED ticket; CONFLICT for any other status or when it changed since <paramref name="expectedVersion"/>.</summary>
    public Task<Ticket> ReopenTicketAsync(string number, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return RunAsync<Ticket>(Documents.ReopenTicket, "reopenTicket", new { number, expectedVersion }, cancellationToken);
    }

    /// <summary>
    /// A public answer (municipality or staff). A municipality's reply reopens a waiting or resolved ticket; on a closed
    /// one it starts a linked follow-up ticket, which is returned. Sent with <paramref name="clientRequestId"/> (a new one
    /// when null) and once more with it when the connection fails: the reply is added once.
    /// </summary>
    public Task<Ticket> ReplyAsync(string number, string body, int? expectedVersion = null, string? clientRequestId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(body);
        return RunRetryingAsync<Ticket>(Documents.ReplyToTicket, "replyToTicket",
            new { number, body, expectedVersion, clientRequestId = clientRequestId ?? NewRequestId() }, cancellationToken);
    }

    /// <summary>Staff: a note only staff see; never mailed. Keyed and retried once like <see cref="ReplyAsync"/>.</summary>
    public Task<Ticket> AddNoteAsync(string number, string body, int? expectedVersion = null, string? clientRequestId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(body);
        return RunRetryingAsync<Ticket>(Documents.AddInternalNote, "addInternalNote",
            new { number, body, expectedVersion, clientRequestId = clientRequestId ?? NewRequestId() }, cancellationToken);
    }

    /// <summary>
    /// Staff: removes <paramref name="text"/> (every exact occurrence) from entry <paramref name="entryId"/>; it becomes
    /// [verwijderd] in the ticket, the lists, the search and the mail copy, and the audit trail records who did it.
    /// <see cref="SupportErrorCodes.BadUserInput"/> when the entry does not contain the text.
    /// </summary>
    public Task<Ticket> RedactEntryAsync(string number, int entryId, string text, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(text);
        return RunAsync<Ticket>(Documents.RedactTicketEntry, "redactTicketEntry", new { number, entryId, text, expectedVersion }, cancellationToken);
    }

    /// <summary>Staff: changes status, priority, category, prevention level, assignee or tags (see <see cref="TicketTriageInput"/>).</summary>
    public Task<Ticket> TriageAsync(string number, TicketTriageInput triage, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(triage);
        return RunAsync<Ticket>(Documents.TriageTicket, "triageTicket", new { number, input = triage }, cancellationToken);
    }

    /// <summary>
    /// Staff: the same triage on up to 200 tickets. Each succeeds or fails on its own (see
    /// <see cref="BulkTicketResult.ErrorCode"/>); <see cref="TicketTriageInput.ExpectedVersion"/> is ignored.
    /// </summary>
    public Task<IReadOnlyList<BulkTicketResult>> BulkTriageAsync(IEnumerable<string> numbers, TicketTriageInput triage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(triage);
        return RunAsync<IReadOnlyList<BulkTicketResult>>(
            Documents.BulkTriageTickets, "bulkTriageTickets", new { numbers = numbers.ToList(), input = triage }, cancellationToken);
    }

    /// <summary>Staff: links two related tickets (both ways); returns the first.</summary>
    public Task<Ticket> LinkAsync(string number, string otherNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(otherNumber);
        return RunAsync<Ticket>(Documents.LinkTickets, "linkTickets", new { number, otherNumber }, cancellationToken);
    }

    /// <summary>Staff: removes the link between two tickets; returns the first.</summary>
    public Task<Ticket> UnlinkAsync(string number, string otherNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(otherNumber);
        return RunAsync<Ticket>(Documents.UnlinkTickets, "unlinkTickets", new { number, otherNumber }, cancellationToken);
    }

    /// <summary>
    /// Staff: merges the source into the target (the source closes with a pointer; its messages and notes appear in the
    /// target); returns the target. <paramref name="expectedVersion"/> is the source's version.
    /// </summary>
    public Task<Ticket> MergeAsync(string sourceNumber, string targetNumber, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetNumber);
        return RunAsync<Ticket>(Documents.MergeTickets, "mergeTickets", new { sourceNumber, targetNumber, expectedVersion }, cancellationToken);
    }
}
