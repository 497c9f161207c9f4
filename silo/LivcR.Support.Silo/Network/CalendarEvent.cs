namespace LivcR.Support.Silo.Network;

/// <summary>One event for an iCalendar file: a meeting or a training session, for one attendee.</summary>
/// <param name="Uid">Globally unique and stable for the event (updates and cancellations reuse it).</param>
/// <param name="Start">Start.</param>
/// <param name="End">End.</param>
/// <param name="Summary">Title.</param>
/// <param name="Description">Longer text, optional.</param>
/// <param name="Location">Place or online link, optional.</param>
/// <param name="Sequence">Revision number: 0 first, up by one with each change of time or place.</param>
/// <param name="OrganizerEmail">The organiser's address (the helpdesk).</param>
/// <param name="OrganizerName">The organiser's name.</param>
/// <param name="AttendeeEmail">The recipient's address.</param>
/// <param name="AttendeeName">The recipient's name.</param>
public sealed record CalendarEvent(
    string Uid,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string? Description,
    string? Location,
    int Sequence,
    string OrganizerEmail,
    string OrganizerName,
    string AttendeeEmail,
    string AttendeeName);
