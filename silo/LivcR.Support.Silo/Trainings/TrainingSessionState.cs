using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Silo.Trainings;

/// <summary>The stored session: its training, details and registrations (in order of registration).</summary>
[GenerateSerializer]
[Alias("livcr.training-session-state")]
public sealed class TrainingSessionState
{
    /// <summary>The training.</summary>
    [Id(0)]
    public string TrainingId { get; set; } = string.Empty;

    /// <summary>The training's title when the session was scheduled (for mails).</summary>
    [Id(1)]
    public string TrainingTitle { get; set; } = string.Empty;

    /// <summary>When and where; null while not scheduled.</summary>
    [Id(2)]
    public TrainingSessionInput? Details { get; set; }

    /// <summary>All registrations, cancelled ones included.</summary>
    [Id(3)]
    public List<TrainingRegistration> Registrations { get; set; } = [];

    /// <summary>The idempotency keys of the registrations taken (last 24 hours): key → the registered address.</summary>
    [Id(4)]
    public List<Requests.RequestKeyState> RequestKeys { get; set; } = [];
}
