using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Silo.Network;

/// <summary>
/// The calendar events that meeting and training mails carry, one per attendee. The UID stays the same for every mail
/// about the same meeting or session, so calendars update or cancel the event instead of adding another. No Orleans.
/// </summary>
public static class CalendarEvents
{
    /// <summary>A meeting of a platform or group; its sequence goes up when time or place changes.</summary>
    public static CalendarEvent ForMeeting(
        string communityKey, string communityName, Meeting meeting, string organizerEmail, string organizerName, string attendeeEmail, string attendeeName) => new(
        $"{communityKey.Replace('/', '-')}-{meeting.Id}@livcr-support", meeting.StartsAt, meeting.EndsAt, communityName, meeting.Agenda,
        Location(meeting.Place, meeting.OnlineLink), meeting.Sequence, organizerEmail, organizerName, attendeeEmail, attendeeName);

    /// <summary>A training session, titled with its training.</summary>
    public static CalendarEvent ForTrainingSession(
        string sessionId, string trainingTitle, TrainingSessionInput session, string organizerEmail, string organizerName, string attendeeEmail, string attendeeName) => new(
        $"training-{sessionId}@livcr-support", session.StartsAt, session.EndsAt, trainingTitle, null,
        Location(session.Place, session.OnlineLink), 0, organizerEmail, organizerName, attendeeEmail, attendeeName);

    /// <summary>Place and online link, whichever are given, joined with a dash.</summary>
    public static string Location(string? place, string? onlineLink) => string.Join(" – ", new[] { place, onlineLink }.Where(w => w is not null));
}
