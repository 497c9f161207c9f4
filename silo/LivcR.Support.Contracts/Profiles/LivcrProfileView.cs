namespace LivcR.Support.Contracts.Profiles;

/// <summary>A municipality's LIVC-R profile. A municipality nobody edited yet is <see cref="LivcrStatus.NotStarted"/> at version 0.</summary>
[GenerateSerializer]
[Alias("livcr.livcr-profile-view")]
public sealed record LivcrProfileView(
    [property: Id(0)] string NisCode,
    [property: Id(1)] LivcrStatus Status,
    [property: Id(2)] string? SharedWithNisCode,
    [property: Id(3)] CoachingTrack? CoachingTrack,
    [property: Id(4)] IReadOnlyList<LivcrRoleFilled> Roles,
    [property: Id(5)] IReadOnlyList<LivcrContact> Contacts,
    [property: Id(6)] DateOnly? LastOperationalMeeting,
    [property: Id(7)] DateOnly? LastStrategicMeeting,
    [property: Id(8)] int Version,
    [property: Id(9)] DateTimeOffset? UpdatedAt,
    [property: Id(10)] string? UpdatedBy);
