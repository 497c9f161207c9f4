namespace LivcR.Support.Client;

/// <summary>A registration of someone of a municipality, with its session (schema type <c>MunicipalityTrainingRegistration</c>).</summary>
/// <param name="SessionId">Session id.</param>
/// <param name="TrainingTitle">Training title.</param>
/// <param name="StartsAt">Start of the session.</param>
/// <param name="Registration">The registration.</param>
public sealed record MunicipalityTrainingRegistration(string SessionId, string TrainingTitle, DateTimeOffset StartsAt, TrainingRegistration Registration);
