namespace LivcR.Support.Client;

/// <summary>A meeting of a platform or group (schema type <c>NetworkMeeting</c>): when, where, agenda, minutes and who attended.</summary>
/// <param name="Id">Id within the platform or group.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Place">Address, if any.</param>
/// <param name="OnlineLink">Online link, if any.</param>
/// <param name="Agenda">Agenda.</param>
/// <param name="Minutes">Minutes, once written.</param>
/// <param name="Attendees">Addresses of the members who attended.</param>
/// <param name="InvitationsSent">How many invitations were mailed.</param>
public sealed record NetworkMeeting(
    string Id,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? OnlineLink,
    string Agenda,
    string? Minutes,
    IReadOnlyList<string> Attendees,
    int InvitationsSent);
