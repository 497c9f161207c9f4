using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Live;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Silo.Municipalities;

namespace LivcR.Support.Gateway.Live;

/// <summary>
/// Opens the event streams of the subscription fields for the calling person, with the access rules of the matching
/// queries: a ticket one may not read is NOT_FOUND, the queue is for those who may list tickets.
/// </summary>
public sealed class LiveSubscriptionService(
    TicketChangeFeed feed,
    LiveQuota quota,
    CallerContext request,
    TicketService tickets,
    MunicipalityDirectory municipalities,
    TimeProvider clock)
{
    /// <summary>The changes of one ticket, starting with where it stands now.</summary>
    public async Task<IObservable<TicketChangeEvent>> WatchTicketAsync(string number)
    {
        var actor = request.RequireActor();
        var ticket = await tickets.GetAsync(number);
        var place = quota.Take(actor.Email);
        var current = new TicketChangeEvent(
            TicketChangeKind.Current, ticket.Number, ticket.Version, ticket.Status, ticket.MunicipalityNisCode, ticket.AssigneeEmail, null, null, clock.GetUtcNow());
        return new ChangeStream(feed, current, change =>
            change.Kind == TicketChangeKind.Resync || string.Equals(change.Number, ticket.Number, StringComparison.Ordinal) ? LiveAudience.For(actor, change) : null,
            place);
    }

    /// <summary>The changes of every ticket the caller may list that matches <paramref name="filter"/>.</summary>
    public Task<IObservable<TicketChangeEvent>> WatchQueueAsync(TicketQueueFilter filter)
    {
        var actor = request.RequireActor();
        if (!LiveAudience.MayWatchQueue(actor))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Ticketlijsten zijn er voor VVSG-medewerkers en gemeenten.");
        }

        var province = filter.Province is { } p ? Provinces.Key(p) : null;
        var place = quota.Take(actor.Email);
        var current = new TicketChangeEvent(TicketChangeKind.Current, null, 0, null, null, null, null, null, clock.GetUtcNow());
        return Task.FromResult<IObservable<TicketChangeEvent>>(new ChangeStream(feed, current, change =>
        {
            if (change.Kind != TicketChangeKind.Resync && !filter.Matches(change, actor.Email, province, municipalities))
            {
                return null;
            }

            return LiveAudience.For(actor, change) is { } heard && heard.Kind is not (TicketChangeKind.Viewing or TicketChangeKind.Composing) ? heard : null;
        }, place));
    }
}
