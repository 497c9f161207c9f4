using LivcR.Support.Contracts.Live;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.Live;

/// <summary>What a stored change of a ticket was, told from the state before and after it.</summary>
public static class TicketChangeRules
{
    /// <summary>
    /// The change between <paramref name="versionBefore"/>/<paramref name="entriesBefore"/> and <paramref name="after"/>;
    /// null when nothing was stored. A public message counts above a note, a note above anything else; the actor is the
    /// author of the newest entry the change added.
    /// </summary>
    public static TicketChange? Describe(bool existedBefore, int versionBefore, int entriesBefore, TicketState after, DateTimeOffset at)
    {
        if (!after.Exists || (existedBefore && after.Version == versionBefore))
        {
            return null;
        }

        var added = after.Entries.Skip(Math.Min(entriesBefore, after.Entries.Count)).ToList();
        var kind = !existedBefore ? TicketChangeKind.Created
            : added.Any(e => e.Kind == TicketEntryKind.Message) ? TicketChangeKind.Message
            : added.Count > 0 && added.All(e => e.Kind == TicketEntryKind.InternalNote) ? TicketChangeKind.Note
            : TicketChangeKind.Updated;
        var author = !existedBefore ? after.Requester : added.LastOrDefault()?.Author;
        return new TicketChange(
            after.Number, after.Version, kind, after.MunicipalityNisCode, after.Requester.Email, after.Confidential, after.Status,
            after.AssigneeEmail, author?.Email, author?.Name, at);
    }
}
