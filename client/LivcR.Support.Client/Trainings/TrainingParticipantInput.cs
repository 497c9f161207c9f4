namespace LivcR.Support.Client;

/// <summary>A colleague of your municipality to register for a session (schema input <c>TrainingParticipantInput</c>).</summary>
/// <param name="Email">Email address.</param>
/// <param name="Name">Name.</param>
/// <param name="MunicipalityNisCode">Municipality; may be null when you work for one municipality only.</param>
public sealed record TrainingParticipantInput(string Email, string Name, string? MunicipalityNisCode = null);
