namespace LivcR.Support.Contracts.Network;

/// <summary>A meeting of a platform or group, with the members who attended.</summary>
/// <param name="Id">Short id within the community.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Place">Address, if it meets somewhere.</param>
/// <param name="OnlineLink">Link, if it meets online.</param>
/// <param name="Agenda">The agenda.</param>
/// <param name="Minutes">The minutes (text), once written.</param>
/// <param name="Attendees">Email addresses of the members who attended.</param>
/// <param name="Sequence">Incremented when time or place changes (iCalendar SEQUENCE).</param>
/// <param name="InvitationsSent">How many members were mailed the invitation.</param>
[GenerateSerializer]
[Alias("livcr.meeting")]
public sealed record Meeting(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset StartsAt,
    [property: Id(2)] DateTimeOffset EndsAt,
    [property: Id(3)] string? Place,
    [property: Id(4)] string? OnlineLink,
    [property: Id(5)] string Agenda,
    [property: Id(6)] string? Minutes,
    [property: Id(7)] IReadOnlyList<string> Attendees,
    [property: Id(8)] int Sequence,
    [property: Id(9)] int InvitationsSent);
