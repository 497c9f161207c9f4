namespace LivcR.Support.Contracts.Tickets;

/// <summary>
/// One new question sent with an idempotency key (<c>clientRequestId</c>), keyed by the scoped key
/// (<see cref="Requests.ClientRequestIds.Scope"/>). The same key again within 24 hours — one after the other, at the same
/// time, or after a crash — answers with the same ticket.
/// </summary>
/// <remarks>
/// Not reentrant, so calls with one key run one after the other. The ticket number is reserved and recorded durably with
/// the key before the ticket opens; a retry finds the number and opens that ticket when a crash came in between.
/// </remarks>
[Alias("livcr.helpdesk-submission")]
public interface IHelpdeskSubmissionGrain : IGrainWithStringKey
{
    /// <summary>Submits the question once; the ticket as <paramref name="audience"/> sees it.</summary>
    [Alias("submit")]
    Task<TicketView> SubmitAsync(HelpdeskRequest request, TicketAudience audience);
}
