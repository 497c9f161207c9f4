using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>A registration of someone of a municipality, with the session it is for.</summary>
public sealed record MunicipalityRegistration(string SessionId, string TrainingTitle, TrainingSessionInput Session, TrainingRegistration Registration);
