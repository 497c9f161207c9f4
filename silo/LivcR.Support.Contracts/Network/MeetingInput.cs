namespace LivcR.Support.Contracts.Network;

/// <summary>A meeting to plan or change: when, where (a place or an online link, or both), the agenda and the minutes.</summary>
[GenerateSerializer]
[Alias("livcr.meeting-input")]
public sealed record MeetingInput(
    [property: Id(0)] DateTimeOffset StartsAt,
    [property: Id(1)] DateTimeOffset EndsAt,
    [property: Id(2)] string? Place,
    [property: Id(3)] string? OnlineLink,
    [property: Id(4)] string Agenda,
    [property: Id(5)] string? Minutes = null);
