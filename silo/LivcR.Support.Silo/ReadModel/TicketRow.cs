using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Privacy;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>A ticket's row in the read model.</summary>
public sealed record TicketRow(
    string Number,
    int Version,
    string MunicipalityNisCode,
    string Province,
    string Subject,
    TicketStatus Status,
    TicketPriority Priority,
    string? Category,
    string? PreventionLevel,
    string? Assignee,
    string RequesterEmail,
    bool Confidential,
    IReadOnlyList<string> Tags,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstResponseDue,
    DateTimeOffset? ResolutionDue,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? ResolvedAt,
    long? FirstResponseSeconds,
    long? ResolutionSeconds,
    bool SlaBreached,
    string? MergedInto,
    string PublicText,
    string NoteText,
    int StateVersion = 0,
    DateTimeOffset? ClosedAt = null,
    TicketRetentionState Retention = TicketRetentionState.Kept,
    int PersonalData = 0)
{
    /// <summary>The earliest due time still open.</summary>
    public DateTimeOffset? DueAt => (FirstResponseDue, ResolutionDue) switch
    {
        ({ } a, { } b) => a < b ? a : b,
        ({ } a, null) => a,
        (null, { } b) => b,
        _ => null,
    };

    /// <summary>The row of a ticket's current state, stored as <paramref name="stateVersion"/> (0 when unknown).</summary>
    public static TicketRow From(TicketState ticket, string province, SlaPolicy sla, int stateVersion = 0)
    {
        var (firstDue, resolutionDue) = sla.DueTimes(ticket);
        return new TicketRow(
            ticket.Number!,
            ticket.Version,
            ticket.MunicipalityNisCode,
            province,
            ticket.Subject,
            ticket.Status,
            ticket.Priority,
            ticket.Category,
            ticket.PreventionLevel,
            ticket.AssigneeEmail,
            ticket.Requester.Email,
            ticket.Confidential,
            ticket.Tags,
            ticket.CreatedAt,
            ticket.UpdatedAt,
            firstDue,
            resolutionDue,
            ticket.FirstResponseAt,
            ticket.ResolvedAt,
            ticket.FirstResponseAt is { } answered ? (long)sla.Elapsed(ticket, answered).TotalSeconds : null,
            ticket.ResolvedAt is { } resolved ? (long)sla.Elapsed(ticket, resolved).TotalSeconds : null,
            ticket.SlaBreached,
            ticket.MergedInto,
            string.Join("\n", ticket.Entries.Where(e => e.Kind == TicketEntryKind.Message).Select(e => e.Body).Prepend(ticket.Subject)),
            string.Join("\n", ticket.Entries.Where(e => e.Kind == TicketEntryKind.InternalNote).Select(e => e.Body)),
            stateVersion,
            ticket.Status == TicketStatus.Closed ? ticket.ClosedAt ?? ticket.UpdatedAt : null,
            ticket.AnonymisedAt is not null ? TicketRetentionState.Anonymised : ticket.LegalHold ? TicketRetentionState.LegalHold : TicketRetentionState.Kept,
            PersonalDataKinds.Mask(ticket.PersonalData.Select(f => f.Kind)));
    }
}

/// <summary>Where a ticket stands for retention (column <c>retention</c>).</summary>
public enum TicketRetentionState : short
{
    /// <summary>Kept until it is due.</summary>
    Kept = 0,

    /// <summary>Under legal hold: never anonymised while it holds.</summary>
    LegalHold = 1,

    /// <summary>Anonymised.</summary>
    Anonymised = 2,
}
