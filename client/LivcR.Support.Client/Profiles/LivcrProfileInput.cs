namespace LivcR.Support.Client;

/// <summary>
/// A whole LIVC-R profile (schema input <c>LivcrProfileInput</c>). It replaces the profile: a part left null is emptied,
/// so start from the profile you read (<see cref="From"/>) when you change one part.
/// </summary>
/// <param name="Status">Status.</param>
/// <param name="SharedWithNisCode">With <see cref="LivcrStatus.SharedWith"/>: NIS code of the municipality whose LIVC-R is shared.</param>
/// <param name="CoachingTrack">Coaching track, if any.</param>
/// <param name="Roles">Roles filled.</param>
/// <param name="Contacts">Contact people.</param>
/// <param name="LastOperationalMeeting">Date of the last operational meeting.</param>
/// <param name="LastStrategicMeeting">Date of the last strategic meeting.</param>
/// <param name="ExpectedVersion">The version you saw (<see cref="LivcrProfile.Version"/>); CONFLICT when it changed since; null skips the check.</param>
public sealed record LivcrProfileInput(
    LivcrStatus Status,
    string? SharedWithNisCode = null,
    CoachingTrack? CoachingTrack = null,
    IReadOnlyList<LivcrRoleInput>? Roles = null,
    IReadOnlyList<LivcrContactInput>? Contacts = null,
    DateOnly? LastOperationalMeeting = null,
    DateOnly? LastStrategicMeeting = null,
    int? ExpectedVersion = null)
{
    /// <summary>
    /// The profile as it is, with its version as <see cref="ExpectedVersion"/>: change one part with <c>with</c>
    /// (<c>LivcrProfileInput.From(profile) with { Status = LivcrStatus.Active }</c>) and the rest stays.
    /// </summary>
    public static LivcrProfileInput From(LivcrProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new LivcrProfileInput(
            profile.Status,
            profile.SharedWithNisCode,
            profile.CoachingTrack,
            profile.Roles.Select(r => new LivcrRoleInput(r.Kind, r.Organisation, r.Note)).ToList(),
            profile.Contacts.Select(c => new LivcrContactInput(c.Name, c.Function, c.Email, c.Phone)).ToList(),
            profile.LastOperationalMeeting,
            profile.LastStrategicMeeting,
            profile.Version);
    }
}
