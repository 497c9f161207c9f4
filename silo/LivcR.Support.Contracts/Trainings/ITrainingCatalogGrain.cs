using LivcR.Support.Contracts.Access;

namespace LivcR.Support.Contracts.Trainings;

/// <summary>The catalogue of trainings (key "catalog") with a summary of each session, fed by the session grains.</summary>
[Alias("livcr.training-catalog")]
public interface ITrainingCatalogGrain : IGrainWithStringKey
{
    /// <summary>All trainings with their sessions.</summary>
    [Alias("list")]
    Task<IReadOnlyList<Training>> ListAsync();

    /// <summary>One training, or null.</summary>
    [Alias("get")]
    Task<Training?> GetAsync(string trainingId);

    /// <summary>Adds a training (staff). BAD_USER_INPUT naming the field.</summary>
    [Alias("create")]
    Task<Training> CreateAsync(Actor actor, TrainingInput input);

    /// <summary>Changes a training's texts (staff). NOT_FOUND when unknown.</summary>
    [Alias("update")]
    Task<Training> UpdateAsync(Actor actor, string trainingId, TrainingInput input);

    /// <summary>Records a session's latest summary (called by the session).</summary>
    [Alias("record-session")]
    Task RecordSessionAsync(TrainingSessionSummary summary);
}
