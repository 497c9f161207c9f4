using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.Retention;

/// <summary>
/// What retention does to a ticket's state: which ticket is due, and what anonymising keeps and replaces. Kept: number,
/// municipality, category, prevention level, priority, status, tags, assignee, links, every time and SLA figure (so the
/// reports stay true). Replaced: subject, message and note bodies, the requester and every author who is not VVSG staff,
/// system events that may name a file or a person; attachments are dropped (their bytes are deleted by the purge).
/// </summary>
public static class TicketRetentionRules
{
    /// <summary>The text that replaces a removed body.</summary>
    public const string Removed = "[verwijderd na de bewaartermijn]";

    /// <summary>The subject an anonymised ticket keeps.</summary>
    public const string Subject = "Geanonimiseerd ticket";

    /// <summary>Who the requester and municipal authors become.</summary>
    public static TicketPerson ErasedPerson { get; } = new("Verwijderde gebruiker", "verwijderd@livcr-support.invalid");

    /// <summary>System events that never carry a name, an address or a file name; every other event text is replaced.</summary>
    private static readonly string[] SafeEvents =
    [
        "Status:", "Prioriteit:", "Categorie:", "Preventieniveau:", "Toegewezen aan ", "Automatisch toegewezen aan ", "Niet meer toegewezen",
        "Vertrouwelijk gemaakt", "Niet langer vertrouwelijk", "Gekoppeld aan ", "Niet meer gekoppeld aan ", "Samengevoegd met ", "Ticket ",
        "SLA", "Automatisch gesloten", "Juridische bewaring", "Geanonimiseerd", "Gemeente:", "Afzender onbekend", "Persoonsgegevens gedetecteerd",
    ];

    /// <summary>The moment before which a closing makes a ticket due.</summary>
    public static DateTimeOffset Cutoff(DateTimeOffset now, int retentionMonths) => now.AddMonths(-retentionMonths);

    /// <summary>True when the ticket is closed (or merged) since before <paramref name="cutoff"/>, not on hold and not anonymised yet.</summary>
    public static bool IsDue(TicketState ticket, DateTimeOffset cutoff) =>
        ticket.Exists && ticket.AnonymisedAt is null && !ticket.LegalHold && ticket.Status == TicketStatus.Closed && (ticket.ClosedAt ?? ticket.UpdatedAt) <= cutoff;

    /// <summary>Anonymises the ticket in place and records it as a system event; returns the number of attachments dropped.</summary>
    public static int Anonymise(TicketState ticket, int retentionMonths, DateTimeOffset now)
    {
        ticket.Subject = Subject;
        ticket.Requester = ErasedPerson;
        foreach (var entry in ticket.Entries)
        {
            if (!entry.ByStaff)
            {
                entry.Author = ErasedPerson;
            }

            if (entry.Kind != TicketEntryKind.SystemEvent || !SafeEvents.Any(safe => entry.Body.StartsWith(safe, StringComparison.Ordinal)))
            {
                entry.Body = Removed;
            }
        }

        var dropped = ticket.Attachments.Count;
        ticket.Attachments.Clear();
        ticket.RequestKeys.Clear();
        ticket.AnonymisedAt = now;
        TicketWorkflow.Add(ticket, TicketEntryKind.SystemEvent, Contracts.Tickets.TicketActor.System,
            $"Geanonimiseerd na de bewaartermijn ({retentionMonths} maanden na sluiten): berichten, notities, {dropped} bijlage(n) en de gegevens van de vraagsteller verwijderd", now);
        ticket.Version++;
        return dropped;
    }

    /// <summary>Puts a ticket under legal hold (retention skips it) or lifts it; a system event either way. False when nothing changed.</summary>
    public static bool SetLegalHold(TicketState ticket, TicketActor actor, bool hold, DateTimeOffset now)
    {
        if (!actor.IsStaff)
        {
            throw new Contracts.Errors.SupportException(Contracts.Errors.SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers zetten een ticket onder juridische bewaring.");
        }

        if (ticket.AnonymisedAt is not null)
        {
            throw new Contracts.Errors.SupportException(Contracts.Errors.SupportErrorCode.Conflict, $"Ticket {ticket.Number} is al geanonimiseerd.");
        }

        if (ticket.LegalHold == hold)
        {
            return false;
        }

        ticket.LegalHold = hold;
        TicketWorkflow.Record(ticket, actor, hold ? "Juridische bewaring: dit ticket wordt niet geanonimiseerd" : "Juridische bewaring opgeheven", now);
        return true;
    }
}
