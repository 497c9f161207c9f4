namespace LivcR.Support.Client;

/// <summary>One municipality in the staff overview of LIVC-Rs (schema type <c>LivcrProfileSummary</c>).</summary>
/// <param name="NisCode">NIS code.</param>
/// <param name="MunicipalityName">Name of the municipality.</param>
/// <param name="Status">Status; <see cref="LivcrStatus.NotStarted"/> when never edited.</param>
/// <param name="SharedWithNisCode">The municipality whose LIVC-R is shared.</param>
/// <param name="CoachingTrack">Coaching track.</param>
/// <param name="LastOperationalMeeting">Last operational meeting.</param>
/// <param name="LastStrategicMeeting">Last strategic meeting.</param>
/// <param name="UpdatedAt">Last change; null when never edited.</param>
public sealed record LivcrProfileSummary(
    string NisCode,
    string MunicipalityName,
    LivcrStatus Status,
    string? SharedWithNisCode,
    CoachingTrack? CoachingTrack,
    DateOnly? LastOperationalMeeting,
    DateOnly? LastStrategicMeeting,
    DateTimeOffset? UpdatedAt);
