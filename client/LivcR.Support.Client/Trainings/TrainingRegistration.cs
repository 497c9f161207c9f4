namespace LivcR.Support.Client;

/// <summary>One person's registration for a training session (schema type <c>TrainingRegistration</c>).</summary>
/// <param name="Email">Participant's address.</param>
/// <param name="Name">Participant's name.</param>
/// <param name="MunicipalityNisCode">Participant's municipality.</param>
/// <param name="RegisteredBy">Who registered them (email address).</param>
/// <param name="RegisteredAt">When.</param>
/// <param name="Status">Confirmed, waitlisted or cancelled.</param>
/// <param name="Attended">After the session: attended or not; null until attendance is recorded.</param>
public sealed record TrainingRegistration(
    string Email,
    string Name,
    string MunicipalityNisCode,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    RegistrationStatus Status,
    bool? Attended);
