using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Privacy;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Privacy;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// Personal data on a ticket: what the intake found is recorded (a system event and the ticket's flags), and staff can
/// remove text from an entry afterwards.
/// </summary>
public static class TicketPersonalData
{
    /// <summary>Longest text staff remove in one go (a paragraph).</summary>
    public const int MaxRedactionLength = 2000;

    /// <summary>
    /// Records what the screening of a new text found: a system event after it and the counts in the ticket's flags.
    /// Nothing when nothing was found; the version is left to the change that brought the text.
    /// </summary>
    public static void Record(TicketState ticket, IReadOnlyList<PersonalDataFlag> found, DateTimeOffset now)
    {
        if (found.Count == 0)
        {
            return;
        }

        TicketWorkflow.Add(ticket, TicketEntryKind.SystemEvent, TicketActor.System, PersonalDataText.Event(found), now);
        ticket.PersonalData = [.. PersonalDataText.Add([.. ticket.PersonalData, .. found])];
    }

    /// <summary>
    /// The entry staff want to remove <paramref name="text"/> from, after the checks: FORBIDDEN for anyone but staff,
    /// BAD_USER_INPUT for an unknown entry or a text the entry does not contain (exactly).
    /// </summary>
    public static TicketEntryState CheckRedaction(TicketState ticket, TicketActor actor, int entryId, string text)
    {
        if (!actor.IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers verwijderen tekst uit een ticket.");
        }

        var entry = ticket.Entries.FirstOrDefault(e => e.Id == entryId)
            ?? throw SupportException.BadInput("entryId", $"Ticket {ticket.Number} heeft geen bericht {entryId}.");
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxRedactionLength)
        {
            throw SupportException.BadInput("text", $"Plak de tekst die weg moet (1 tot {MaxRedactionLength} tekens).");
        }

        if (!entry.Body.Contains(text, StringComparison.Ordinal))
        {
            throw SupportException.BadInput("text", $"Bericht {entryId} bevat deze tekst niet (let op hoofdletters, spaties en leestekens).");
        }

        return entry;
    }

    /// <summary>Replaces every occurrence of <paramref name="text"/> in the entry with [verwijderd] and records who did it (never what).</summary>
    public static void Redact(TicketState ticket, TicketActor actor, TicketEntryState entry, string text, DateTimeOffset now)
    {
        entry.Body = entry.Body.Replace(text, PersonalDataText.Removed, StringComparison.Ordinal);
        TicketWorkflow.Record(ticket, actor, $"Tekst verwijderd uit bericht {entry.Id} door {actor.Name}", now);
    }
}
