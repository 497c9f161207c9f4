using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The stored state of a ticket.</summary>
/// <remarks>The type alias and member ids are frozen: add members with new ids, never reuse one.</remarks>
[GenerateSerializer]
[Alias("livcr.ticket-state")]
public sealed class TicketState
{
    /// <summary>The ticket number; null until the ticket was opened.</summary>
    [Id(0)]
    public string? Number { get; set; }

    /// <summary>NIS code of the municipality that asked.</summary>
    [Id(1)]
    public string MunicipalityNisCode { get; set; } = string.Empty;

    /// <summary>Subject line.</summary>
    [Id(2)]
    public string Subject { get; set; } = string.Empty;

    /// <summary>Where the ticket stands.</summary>
    [Id(3)]
    public TicketStatus Status { get; set; } = TicketStatus.New;

    /// <summary>Priority.</summary>
    [Id(4)]
    public TicketPriority Priority { get; set; } = TicketPriority.Normal;

    /// <summary>Who asked.</summary>
    [Id(5)]
    public TicketPerson Requester { get; set; } = new(string.Empty, string.Empty);

    /// <summary>When it was submitted.</summary>
    [Id(6)]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last change.</summary>
    [Id(7)]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The thread.</summary>
    [Id(8)]
    public List<TicketEntryState> Entries { get; set; } = [];

    /// <summary>Increases with every change; clients send it back for optimistic concurrency.</summary>
    [Id(9)]
    public int Version { get; set; }

    /// <summary>Only the requester and staff may see a confidential ticket.</summary>
    [Id(10)]
    public bool Confidential { get; set; }

    /// <summary>Category key.</summary>
    [Id(11)]
    public string? Category { get; set; }

    /// <summary>Prevention level key.</summary>
    [Id(12)]
    public string? PreventionLevel { get; set; }

    /// <summary>Free tags, lower case.</summary>
    [Id(13)]
    public List<string> Tags { get; set; } = [];

    /// <summary>The staff member handling it.</summary>
    [Id(14)]
    public string? AssigneeEmail { get; set; }

    /// <summary>Numbers of related tickets.</summary>
    [Id(15)]
    public List<string> Links { get; set; } = [];

    /// <summary>The ticket this one was merged into.</summary>
    [Id(16)]
    public string? MergedInto { get; set; }

    /// <summary>When staff first answered publicly.</summary>
    [Id(17)]
    public DateTimeOffset? FirstResponseAt { get; set; }

    /// <summary>When it was (last) resolved.</summary>
    [Id(18)]
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>When it closed.</summary>
    [Id(19)]
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The stretches the SLA clock stood still.</summary>
    [Id(20)]
    public List<SlaPauseState> Pauses { get; set; } = [];

    /// <summary>True once an SLA breach was escalated.</summary>
    [Id(21)]
    public bool SlaBreached { get; set; }

    /// <summary>The closed ticket this one follows up.</summary>
    [Id(22)]
    public string? FollowUpOf { get; set; }

    /// <summary>Attachment metadata (content lives in the attachment store).</summary>
    [Id(23)]
    public List<TicketAttachmentView> Attachments { get; set; } = [];

    /// <summary>
    /// The dedupe keys of the mails this ticket took in (Message-ID, else a hash): a mail read again after a crash, or
    /// delivered twice, is recognised and dropped. Kept from 40 on, away from the ids of the core ticket members.
    /// </summary>
    [Id(40)]
    public List<string> MailKeys { get; set; } = [];

    /// <summary>
    /// The tokens of the mails this ticket's changes staged in the outbox (<see cref="TicketNotice.Token"/>), written with
    /// the change itself: the outbox sends a staged mail only when the stored state holds its token. One per
    /// acknowledgement, staff reply or status notification, so it grows no faster than <see cref="Entries"/>; never
    /// trimmed, because a held mail may be released long after.
    /// </summary>
    [Id(41)]
    public List<Guid> NoticeTokens { get; set; } = [];

    /// <summary>The idempotency keys of the replies and notes taken (see <see cref="Requests.RequestKeys"/>; last 24 hours).</summary>
    [Id(42)]
    public List<Requests.RequestKeyState> RequestKeys { get; set; } = [];

    /// <summary>Under legal hold: retention does not anonymise the ticket while this holds (staff set it).</summary>
    [Id(43)]
    public bool LegalHold { get; set; }

    /// <summary>When retention anonymised the ticket; null before.</summary>
    [Id(44)]
    public DateTimeOffset? AnonymisedAt { get; set; }

    /// <summary>
    /// Personal data the intake found in the ticket's texts, per kind and handling (redacted or flagged), added up over
    /// every message and note (see <see cref="TicketPersonalData"/>). Never the values themselves.
    /// </summary>
    [Id(45)]
    public List<Contracts.Privacy.PersonalDataFlag> PersonalData { get; set; } = [];

    /// <summary>True once the ticket was opened.</summary>
    public bool Exists => Number is not null;

    /// <summary>The ticket as an audience sees it (municipalities never see internal notes or internal attachments).</summary>
    public TicketView ToView(TicketAudience audience, SlaPolicy sla)
    {
        var (firstResponseDue, resolutionDue) = sla.DueTimes(this);
        var entries = Entries.Where(e => audience == TicketAudience.Staff || e.Kind != TicketEntryKind.InternalNote).Select(e => e.ToView()).ToList();
        return new TicketView(
            Number ?? string.Empty,
            MunicipalityNisCode,
            Subject,
            Status,
            Priority,
            Requester,
            CreatedAt,
            UpdatedAt,
            Entries.Where(e => e.Kind == TicketEntryKind.Message).Select(e => new TicketMessageView(e.Id, e.Author, e.Body, e.CreatedAt)).ToList(),
            Version,
            Confidential,
            Category,
            PreventionLevel,
            [.. Tags],
            AssigneeEmail,
            [.. Links],
            MergedInto,
            firstResponseDue,
            resolutionDue,
            entries,
            FirstResponseAt,
            SlaBreached,
            Attachments.Where(a => audience == TicketAudience.Staff || !a.Internal).ToList(),
            Pauses.Select(p => new TicketSlaPause(p.From, p.To)).ToList(),
            LegalHold,
            AnonymisedAt,
            [.. PersonalData]);
    }

    /// <summary>Fills a fresh state from a validated request.</summary>
    public void Open(string number, NewTicket ticket)
    {
        Number = number;
        MunicipalityNisCode = ticket.MunicipalityNisCode;
        Subject = ticket.Subject;
        Status = TicketStatus.New;
        Priority = TicketPriority.Normal;
        Requester = ticket.Requester;
        CreatedAt = ticket.SubmittedAt;
        UpdatedAt = ticket.SubmittedAt;
        Entries = [new TicketEntryState { Id = 1, Kind = TicketEntryKind.Message, Author = ticket.Requester, Body = ticket.Body, CreatedAt = ticket.SubmittedAt }];
        Confidential = ticket.Confidential;
        FollowUpOf = ticket.FollowUpOf;
        Category = ticket.Category;
        PreventionLevel = ticket.PreventionLevel;
        if (ticket.FollowUpOf is not null)
        {
            Links.Add(ticket.FollowUpOf);
        }

        if (ticket.AssigneeEmail is { } assignee)
        {
            AssigneeEmail = assignee;
            Entries.Add(new TicketEntryState
            {
                Id = 2, Kind = TicketEntryKind.SystemEvent, Author = TicketActor.System.Person, ByStaff = true,
                Body = $"Automatisch toegewezen aan {assignee}", CreatedAt = ticket.SubmittedAt,
            });
        }

        Version = 1;
    }
}
