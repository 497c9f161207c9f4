using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>Staff: how full a session is.</summary>
public sealed record SessionFillRate(string TrainingTitle, TrainingSessionSummary Session);
