using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>One entry of a ticket's thread, as stored.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-entry-state")]
public sealed class TicketEntryState
{
    /// <summary>Position in the thread, from 1.</summary>
    [Id(0)]
    public int Id { get; set; }

    /// <summary>Message, internal note or system event.</summary>
    [Id(1)]
    public TicketEntryKind Kind { get; set; }

    /// <summary>Who wrote it.</summary>
    [Id(2)]
    public TicketPerson Author { get; set; } = new(string.Empty, string.Empty);

    /// <summary>The text.</summary>
    [Id(3)]
    public string Body { get; set; } = string.Empty;

    /// <summary>When it was added.</summary>
    [Id(4)]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>True when VVSG staff wrote it.</summary>
    [Id(5)]
    public bool ByStaff { get; set; }

    /// <summary>The dedupe key of the mail this entry came with; null for an entry written in the portal.</summary>
    [Id(6)]
    public string? MailKey { get; set; }

    /// <summary>As callers see it.</summary>
    public TicketEntryView ToView() => new(Id, Kind, Author, ByStaff, Body, CreatedAt, MailKey);
}
