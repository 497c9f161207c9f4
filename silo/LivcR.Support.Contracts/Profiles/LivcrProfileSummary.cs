namespace LivcR.Support.Contracts.Profiles;

/// <summary>What the staff overview shows of one municipality's LIVC-R.</summary>
[GenerateSerializer]
[Alias("livcr.livcr-profile-summary")]
public sealed record LivcrProfileSummary(
    [property: Id(0)] string NisCode,
    [property: Id(1)] LivcrStatus Status,
    [property: Id(2)] string? SharedWithNisCode,
    [property: Id(3)] CoachingTrack? CoachingTrack,
    [property: Id(4)] DateOnly? LastOperationalMeeting,
    [property: Id(5)] DateOnly? LastStrategicMeeting,
    [property: Id(6)] DateTimeOffset? UpdatedAt,
    [property: Id(7)] int Version);
