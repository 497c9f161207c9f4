using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The rules of a ticket's life, applied to its state: replies, notes, status, triage, links, merges.</summary>
/// <remarks>Every method either changes the state and bumps the version, or throws and leaves it untouched.</remarks>
public static class TicketWorkflow
{
    /// <summary>CONFLICT when the caller saw an older version than the current one.</summary>
    public static void EnsureVersion(TicketState ticket, int? expected)
    {
        if (expected is { } seen && seen != ticket.Version)
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Ticket {ticket.Number} werd intussen gewijzigd (versie {ticket.Version}, jij zag {seen}). Herlaad het en probeer opnieuw.");
        }
    }

    /// <summary>CONFLICT for a change on a ticket that was merged away.</summary>
    public static void EnsureNotMerged(TicketState ticket)
    {
        if (ticket.MergedInto is { } target)
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Ticket {ticket.Number} werd samengevoegd met {target}; werk daar verder.");
        }
    }

    /// <summary>A public message. Staff: counts as first response, a new ticket opens. Municipality: reopens waiting or resolved.</summary>
    public static void Reply(TicketState ticket, TicketActor author, string body, DateTimeOffset now)
    {
        var text = HelpdeskRequestValidator.Body(body, "body");
        if (ticket.Status == TicketStatus.Closed)
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Ticket {ticket.Number} is gesloten.");
        }

        Add(ticket, TicketEntryKind.Message, author, text, now);
        if (author.IsStaff)
        {
            ticket.FirstResponseAt ??= now;
            if (ticket.Status == TicketStatus.New)
            {
                Move(ticket, TicketStatus.Open, author, now);
            }
        }
        else if (ticket.Status is TicketStatus.WaitingForMunicipality or TicketStatus.Resolved)
        {
            Move(ticket, TicketStatus.Open, author, now);
        }

        Touch(ticket, now);
    }

    /// <summary>An internal note; staff only.</summary>
    public static void Note(TicketState ticket, TicketActor author, string body, DateTimeOffset now)
    {
        if (!author.IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers schrijven interne notities.");
        }

        Add(ticket, TicketEntryKind.InternalNote, author, HelpdeskRequestValidator.Body(body, "body"), now);
        Touch(ticket, now);
    }

    /// <summary>Staff triage: status, priority, category, prevention level, assignee, tags; each change is a system event.</summary>
    public static void Triage(TicketState ticket, TicketTriage triage, TicketCatalog catalog, DateTimeOffset now)
    {
        var actor = triage.Actor;
        if (!actor.IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers behandelen tickets.");
        }

        CheckTriage(ticket, triage, catalog);
        var changed = false;
        if (triage.Status is { } status && status != ticket.Status)
        {
            Move(ticket, status, actor, now);
            changed = true;
        }

        if (triage.Priority is { } priority && priority != ticket.Priority)
        {
            Event(ticket, actor, $"Prioriteit: {priority.ToString().ToLowerInvariant()}", now);
            ticket.Priority = priority;
            changed = true;
        }

        changed |= SetKey(ticket, triage.Category, catalog.Categories, "category", "Categorie", v => ticket.Category = v, ticket.Category, actor, now);
        changed |= SetKey(ticket, triage.PreventionLevel, catalog.PreventionLevels, "preventionLevel", "Preventieniveau", v => ticket.PreventionLevel = v, ticket.PreventionLevel, actor, now);
        if (triage.AssigneeEmail is { } assignee && !string.Equals(NullIfEmpty(assignee), ticket.AssigneeEmail, StringComparison.OrdinalIgnoreCase))
        {
            ticket.AssigneeEmail = NullIfEmpty(assignee)?.Trim().ToLowerInvariant();
            Event(ticket, actor, ticket.AssigneeEmail is null ? "Niet meer toegewezen" : $"Toegewezen aan {ticket.AssigneeEmail}", now);
            changed = true;
        }

        if (triage.Tags is { } tags)
        {
            var clean = TicketTags.Normalise(tags);
            if (!clean.SequenceEqual(ticket.Tags))
            {
                ticket.Tags = clean;
                changed = true;
            }
        }

        if (changed)
        {
            if (ticket.Status == TicketStatus.New && triage.Status is null)
            {
                Move(ticket, TicketStatus.Open, actor, now);
            }

            Touch(ticket, now);
        }
    }

    /// <summary>Moves the status by the rules (CONFLICT otherwise), keeping SLA pauses and timestamps right.</summary>
    public static void Move(TicketState ticket, TicketStatus to, TicketActor actor, DateTimeOffset now)
    {
        if (!TicketStatusRules.CanMove(ticket.Status, to))
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Een ticket met status '{TicketStatusRules.Label(ticket.Status)}' kan niet naar '{TicketStatusRules.Label(to)}'.");
        }

        if (ticket.Status == TicketStatus.WaitingForMunicipality && ticket.Pauses.LastOrDefault() is { To: null } pause)
        {
            pause.To = now;
        }

        if (to == TicketStatus.WaitingForMunicipality)
        {
            ticket.Pauses.Add(new SlaPauseState { From = now });
        }

        ticket.ResolvedAt = to == TicketStatus.Resolved ? now : to == TicketStatus.Closed ? ticket.ResolvedAt : null;
        ticket.ClosedAt = to == TicketStatus.Closed ? now : null;
        Event(ticket, actor, $"Status: {TicketStatusRules.Label(to)}", now);
        ticket.Status = to;
    }

    /// <summary>
    /// The requester's own word on their question: closing it ("opgelost, bedankt") from any open status (through
    /// RESOLVED, so the resolution time is recorded), or reopening a resolved one. CONFLICT otherwise.
    /// </summary>
    public static void SetByRequester(TicketState ticket, TicketActor actor, bool close, DateTimeOffset now)
    {
        if (close)
        {
            if (ticket.Status == TicketStatus.Closed)
            {
                throw new SupportException(SupportErrorCode.Conflict, "Dit ticket is al gesloten.");
            }

            if (ticket.Status != TicketStatus.Resolved)
            {
                Move(ticket, TicketStatus.Resolved, actor, now);
            }

            Move(ticket, TicketStatus.Closed, actor, now);
        }
        else
        {
            if (ticket.Status != TicketStatus.Resolved)
            {
                throw new SupportException(SupportErrorCode.Conflict, ticket.Status == TicketStatus.Closed
                    ? "Een gesloten ticket gaat niet meer open; antwoord erop om een vervolgvraag te starten."
                    : "Dit ticket is niet opgelost en loopt nog.");
            }

            Move(ticket, TicketStatus.Open, actor, now);
        }

        Touch(ticket, now);
    }

    /// <summary>Adds or removes a link to another ticket.</summary>
    public static void Link(TicketState ticket, TicketActor actor, string other, bool linked, DateTimeOffset now)
    {
        if (other == ticket.Number)
        {
            throw SupportException.BadInput("otherNumber", "Een ticket kan niet naar zichzelf verwijzen.");
        }

        if (linked == ticket.Links.Contains(other))
        {
            return;
        }

        if (linked)
        {
            ticket.Links.Add(other);
        }
        else
        {
            ticket.Links.Remove(other);
        }

        Event(ticket, actor, linked ? $"Gekoppeld aan {other}" : $"Niet meer gekoppeld aan {other}", now);
        Touch(ticket, now);
    }

    /// <summary>Records a system event and bumps the version.</summary>
    public static void Record(TicketState ticket, TicketActor actor, string text, DateTimeOffset now)
    {
        Event(ticket, actor, text, now);
        Touch(ticket, now);
    }

    /// <summary>Records an event only staff see (as an internal note) and bumps the version.</summary>
    public static void RecordInternal(TicketState ticket, TicketActor actor, string text, DateTimeOffset now)
    {
        Add(ticket, TicketEntryKind.InternalNote, actor, text, now);
        Touch(ticket, now);
    }

    /// <summary>Adds an entry with the next id.</summary>
    public static void Add(TicketState ticket, TicketEntryKind kind, TicketActor author, string body, DateTimeOffset now) =>
        ticket.Entries.Add(new TicketEntryState
        {
            Id = ticket.Entries.Count == 0 ? 1 : ticket.Entries.Max(e => e.Id) + 1,
            Kind = kind,
            Author = author.Person,
            ByStaff = author.IsStaff,
            Body = body,
            CreatedAt = now,
        });

    /// <summary>Every check of a triage, before anything changes: a refused triage leaves the ticket as it was.</summary>
    private static void CheckTriage(TicketState ticket, TicketTriage triage, TicketCatalog catalog)
    {
        if (triage.Status is { } status && status != ticket.Status && !TicketStatusRules.CanMove(ticket.Status, status))
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Een ticket met status '{TicketStatusRules.Label(ticket.Status)}' kan niet naar '{TicketStatusRules.Label(status)}'.");
        }

        CheckKey(triage.Category, ticket.Category, catalog.Categories, "category");
        CheckKey(triage.PreventionLevel, ticket.PreventionLevel, catalog.PreventionLevels, "preventionLevel");
        if (triage.Tags is { } tags)
        {
            _ = TicketTags.Normalise(tags);
        }
    }

    private static void CheckKey(string? value, string? current, IReadOnlyList<CatalogEntry> allowed, string field)
    {
        if (value is not null && NullIfEmpty(value) is { } key && !string.Equals(key, current, StringComparison.Ordinal))
        {
            _ = TicketCatalogRules.RequireActive(allowed, key, field);
        }
    }

    private static bool SetKey(TicketState ticket, string? value, IReadOnlyList<CatalogEntry> allowed, string field, string label, Action<string?> set, string? current, TicketActor actor, DateTimeOffset now)
    {
        if (value is null || string.Equals(NullIfEmpty(value), current, StringComparison.Ordinal))
        {
            return false;
        }

        var key = NullIfEmpty(value);
        var entry = key is null ? null : TicketCatalogRules.RequireActive(allowed, key, field);
        set(key);
        Event(ticket, actor, $"{label}: {entry?.Label ?? "geen"}", now);
        return true;
    }

    private static void Event(TicketState ticket, TicketActor actor, string text, DateTimeOffset now) =>
        Add(ticket, TicketEntryKind.SystemEvent, actor, text, now);

    private static void Touch(TicketState ticket, DateTimeOffset now)
    {
        ticket.UpdatedAt = now;
        ticket.Version++;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
