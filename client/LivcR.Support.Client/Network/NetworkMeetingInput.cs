namespace LivcR.Support.Client;

/// <summary>
/// A meeting of a platform or group (schema input <c>NetworkMeetingInput</c>): when, a place or an online link (or both),
/// the agenda and, afterwards, the minutes. An update replaces the whole meeting.
/// </summary>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End, at most 12 hours after the start.</param>
/// <param name="Agenda">Agenda.</param>
/// <param name="Place">Address.</param>
/// <param name="OnlineLink">An http(s) link.</param>
/// <param name="Minutes">Minutes (text).</param>
public sealed record NetworkMeetingInput(
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Agenda,
    string? Place = null,
    string? OnlineLink = null,
    string? Minutes = null);
