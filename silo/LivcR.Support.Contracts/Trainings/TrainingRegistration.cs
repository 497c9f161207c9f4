namespace LivcR.Support.Contracts.Trainings;

/// <summary>One person's registration for a session.</summary>
/// <param name="Email">The participant's address.</param>
/// <param name="Name">The participant's name.</param>
/// <param name="MunicipalityNisCode">The participant's municipality.</param>
/// <param name="RegisteredBy">Who registered them (themselves, a colleague or staff).</param>
/// <param name="RegisteredAt">When (first come, first served on the waitlist).</param>
/// <param name="Status">Confirmed, waitlisted or cancelled.</param>
/// <param name="Attended">After the session: whether they came; null before attendance is recorded.</param>
/// <param name="ChangedAt">Last change of status.</param>
[GenerateSerializer]
[Alias("livcr.training-registration")]
public sealed record TrainingRegistration(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] string MunicipalityNisCode,
    [property: Id(3)] string RegisteredBy,
    [property: Id(4)] DateTimeOffset RegisteredAt,
    [property: Id(5)] RegistrationStatus Status,
    [property: Id(6)] bool? Attended,
    [property: Id(7)] DateTimeOffset ChangedAt);
