namespace LivcR.Support.Contracts.Live;

/// <summary>What happened to a ticket, as a live event tells it.</summary>
/// <remarks>Sent between silos and gateways by number: never renumber, only append.</remarks>
public enum TicketChangeKind
{
    /// <summary>Not a change: where the ticket (or the queue) stands when a subscription starts or resumes.</summary>
    Current = 1,

    /// <summary>The ticket was opened.</summary>
    Created = 2,

    /// <summary>A public message was added (an answer, a reply, a mail).</summary>
    Message = 3,

    /// <summary>An internal note was added (staff only).</summary>
    Note = 4,

    /// <summary>Anything else that was stored: status, triage, links, attachments, system events.</summary>
    Updated = 5,

    /// <summary>A staff member has the ticket open (not stored; staff only).</summary>
    Viewing = 6,

    /// <summary>A staff member is writing an answer or a note (not stored; staff only).</summary>
    Composing = 7,

    /// <summary>Events may have been missed (the feed was interrupted): read the ticket or the list again.</summary>
    Resync = 8,
}
