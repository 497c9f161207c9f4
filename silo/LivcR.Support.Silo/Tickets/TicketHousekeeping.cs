using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The rules for merging, attachments and deadlines, applied to a ticket's state (the grain only loads and saves).</summary>
public static class TicketHousekeeping
{
    /// <summary>FORBIDDEN for non-staff, BAD_USER_INPUT for a merge into itself; changes nothing.</summary>
    public static void CheckMerge(TicketState source, TicketActor actor, string targetNumber)
    {
        if (!actor.IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers voegen tickets samen.");
        }

        if (targetNumber == source.Number)
        {
            throw SupportException.BadInput("targetNumber", "Een ticket kan niet met zichzelf samengevoegd worden.");
        }
    }

    /// <summary>Closes the source with a pointer to the target (after the target took the entries).</summary>
    public static void MarkMerged(TicketState source, TicketActor actor, string targetNumber, DateTimeOffset now)
    {
        CheckMerge(source, actor, targetNumber);
        source.MergedInto = targetNumber;
        if (!source.Links.Contains(targetNumber))
        {
            source.Links.Add(targetNumber);
        }

        source.Status = TicketStatus.Closed;
        source.ClosedAt = now;
        TicketWorkflow.Record(source, actor, $"Samengevoegd met {targetNumber}", now);
    }

    /// <summary>The entries a merged ticket hands to its target: messages and notes, not system events.</summary>
    public static IReadOnlyList<TicketEntryView> EntriesToHandOver(TicketState source) =>
        source.Entries.Where(e => e.Kind != TicketEntryKind.SystemEvent).Select(e => e.ToView()).ToList();

    /// <summary>Adds a merged ticket's entries (marked with their origin, still tied to the mail they came with) and links to it.</summary>
    public static void Absorb(TicketState target, string sourceNumber, IReadOnlyList<TicketEntryView> entries, DateTimeOffset now)
    {
        foreach (var entry in entries)
        {
            TicketWorkflow.Add(target, entry.Kind, new TicketActor(entry.Author.Email, entry.Author.Name, entry.ByStaff), $"[uit {sourceNumber}] {entry.Body}", entry.CreatedAt);
            target.Entries[^1].MailKey = entry.MailKey;
            if (entry.MailKey is { } key)
            {
                // A mail the source took, read again later, is followed to this ticket: it must be a duplicate here too.
                TicketMailRules.Remember(target, key);
            }
        }

        if (!target.Links.Contains(sourceNumber))
        {
            target.Links.Add(sourceNumber);
        }

        TicketWorkflow.Record(target, TicketActor.System, $"Ticket {sourceNumber} werd hiermee samengevoegd", now);
    }

    /// <summary>
    /// Records an attachment within the per-ticket limit; not on a closed ticket. An internal one (staff only) is recorded as an
    /// internal note, so the municipality does not even learn of it.
    /// </summary>
    public static void Attach(TicketState ticket, TicketActor actor, TicketAttachmentView attachment, long maxTotalBytes, DateTimeOffset now)
    {
        if (attachment.Internal && !actor.IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers voegen interne bijlagen toe.");
        }

        if (ticket.Status == TicketStatus.Closed)
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Ticket {ticket.Number} is gesloten.");
        }

        if (ticket.Attachments.Sum(a => a.Size) + attachment.Size > maxTotalBytes)
        {
            throw SupportException.BadInput("content", $"Dit ticket heeft al te veel bijlagen (samen hoogstens {maxTotalBytes / (1024 * 1024)} MiB).");
        }

        ticket.Attachments.Add(attachment);
        var size = $"{attachment.Name} ({attachment.Size / 1024.0:0.#} KiB)";
        if (attachment.Internal)
        {
            TicketWorkflow.RecordInternal(ticket, actor, $"Interne bijlage toegevoegd: {size}", now);
        }
        else
        {
            TicketWorkflow.Record(ticket, actor, $"Bijlage toegevoegd: {size}", now);
        }
    }

    /// <summary>Closes a resolved ticket after the quiet period, or escalates a passed due time once; says what it did.</summary>
    public static DeadlineOutcome CheckDeadlines(TicketState ticket, DateTimeOffset? due, int autoCloseDays, DateTimeOffset now)
    {
        if (ticket.Status == TicketStatus.Resolved && ticket.ResolvedAt is { } resolved && now >= resolved.AddDays(autoCloseDays))
        {
            TicketWorkflow.Move(ticket, TicketStatus.Closed, TicketActor.System, now);
            TicketWorkflow.Record(ticket, TicketActor.System, $"Automatisch gesloten na {autoCloseDays} dagen zonder reactie", now);
            return DeadlineOutcome.Closed;
        }

        if (!ticket.SlaBreached && due is { } dueAt && now > dueAt)
        {
            ticket.SlaBreached = true;
            TicketWorkflow.Record(ticket, TicketActor.System, "SLA-termijn overschreden: escalatie naar VVSG", now);
            return DeadlineOutcome.Escalated;
        }

        return DeadlineOutcome.None;
    }
}
