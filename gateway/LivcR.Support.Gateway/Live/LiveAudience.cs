using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Live;

namespace LivcR.Support.Gateway.Live;

/// <summary>
/// Who may hear of a ticket change, and what of it: the same rules as reading the ticket. Staff hear everything; a
/// municipal user hears of the tickets they may read, but not of internal notes or of staff's presence; anyone else hears
/// nothing. A "resync" reaches everyone.
/// </summary>
public static class LiveAudience
{
    /// <summary>The event <paramref name="actor"/> may receive for <paramref name="change"/>, or null.</summary>
    public static TicketChangeEvent? For(Actor actor, TicketChange change)
    {
        if (change.Kind == TicketChangeKind.Resync)
        {
            return Event(change);
        }

        if (change.Access is not { } access || !AccessPolicy.CanReadTicket(actor, access))
        {
            return null;
        }

        if (actor.IsStaff)
        {
            return Event(change);
        }

        return change.Kind is TicketChangeKind.Note or TicketChangeKind.Viewing or TicketChangeKind.Composing ? null : Event(change);
    }

    /// <summary>May <paramref name="actor"/> subscribe to the ticket queue at all (as the ticket lists allow).</summary>
    public static bool MayWatchQueue(Actor actor) => actor.IsStaff || actor.Municipalities.Any();

    private static TicketChangeEvent Event(TicketChange change) =>
        new(change.Kind, change.Number, change.Version, change.Status, change.MunicipalityNisCode, change.AssigneeEmail, change.ActorName, change.ActorEmail, change.At);
}
