namespace LivcR.Support.Client;

/// <summary>The LIVC-R profile of a municipality (schema type <c>LivcrProfile</c>): status, coaching track, roles, contacts, last meetings.</summary>
/// <param name="NisCode">NIS code of the municipality.</param>
/// <param name="MunicipalityName">Name of the municipality.</param>
/// <param name="Status">Status; <see cref="LivcrStatus.NotStarted"/> for a profile that was never edited.</param>
/// <param name="SharedWithNisCode">With <see cref="LivcrStatus.SharedWith"/>: the municipality whose LIVC-R is shared.</param>
/// <param name="CoachingTrack">The coaching track VVSG follows, if any.</param>
/// <param name="Roles">Roles filled.</param>
/// <param name="Contacts">Contact people.</param>
/// <param name="LastOperationalMeeting">Date of the last operational meeting.</param>
/// <param name="LastStrategicMeeting">Date of the last strategic meeting.</param>
/// <param name="Version">Version; pass it as <see cref="LivcrProfileInput.ExpectedVersion"/> when you change what you showed.</param>
/// <param name="UpdatedAt">Last change; null when never edited.</param>
/// <param name="UpdatedBy">Who changed it last (email address).</param>
/// <param name="History">The edits, newest first.</param>
public sealed record LivcrProfile(
    string NisCode,
    string MunicipalityName,
    LivcrStatus Status,
    string? SharedWithNisCode,
    CoachingTrack? CoachingTrack,
    IReadOnlyList<LivcrRoleFilled> Roles,
    IReadOnlyList<LivcrContact> Contacts,
    DateOnly? LastOperationalMeeting,
    DateOnly? LastStrategicMeeting,
    int Version,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    IReadOnlyList<LivcrProfileChange> History);
