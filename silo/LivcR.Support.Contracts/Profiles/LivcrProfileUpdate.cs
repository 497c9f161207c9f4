namespace LivcR.Support.Contracts.Profiles;

/// <summary>The whole new LIVC-R profile of a municipality, as its users or VVSG staff edit it.</summary>
/// <param name="Status">The status.</param>
/// <param name="SharedWithNisCode">With <see cref="LivcrStatus.SharedWith"/>: the municipality whose LIVC-R is shared; otherwise null.</param>
/// <param name="CoachingTrack">The coaching track, or null when VVSG follows none.</param>
/// <param name="Roles">The roles filled, as roles and organisations.</param>
/// <param name="Contacts">The municipality's contact people for VVSG.</param>
/// <param name="LastOperationalMeeting">Date of the last operational (case) meeting.</param>
/// <param name="LastStrategicMeeting">Date of the last strategic meeting.</param>
/// <param name="ExpectedVersion">The version the editor saw; CONFLICT when the profile changed since.</param>
[GenerateSerializer]
[Alias("livcr.livcr-profile-update")]
public sealed record LivcrProfileUpdate(
    [property: Id(0)] LivcrStatus Status,
    [property: Id(1)] string? SharedWithNisCode,
    [property: Id(2)] CoachingTrack? CoachingTrack,
    [property: Id(3)] IReadOnlyList<LivcrRoleFilled> Roles,
    [property: Id(4)] IReadOnlyList<LivcrContact> Contacts,
    [property: Id(5)] DateOnly? LastOperationalMeeting,
    [property: Id(6)] DateOnly? LastStrategicMeeting,
    [property: Id(7)] int? ExpectedVersion = null);
