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

    /// <summary>True once the ticket was opened.</summary>
    public bool Exists => Number is not null;

    /// <summary>The ticket as callers see it: public messages only.</summary>
    public TicketView ToView() => new(
        Number ?? string.Empty,
        MunicipalityNisCode,
        Subject,
        Status,
        Priority,
        Requester,
        CreatedAt,
        UpdatedAt,
        Entries.Where(e => e.Kind == TicketEntryKind.Message)
            .Select(e => new TicketMessageView(e.Id, e.Author, e.Body, e.CreatedAt))
            .ToList(),
        Version,
        Confidential);

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
        Version = 1;
    }
}
