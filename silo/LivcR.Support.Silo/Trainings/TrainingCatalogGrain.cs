using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.Trainings;

/// <summary>The training catalogue (key "catalog"). Sessions report their summary here; the catalogue never calls a session.</summary>
public sealed class TrainingCatalogGrain(
    [PersistentState(stateName: "training-catalog", storageName: StorageNames.Support)] IPersistentState<TrainingCatalogState> catalog)
    : Grain, ITrainingCatalogGrain
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Training>> ListAsync() =>
        Task.FromResult<IReadOnlyList<Training>>([.. catalog.State.Order.Select(View)]);

    /// <inheritdoc/>
    public Task<Training?> GetAsync(string trainingId) =>
        Task.FromResult(catalog.State.Trainings.ContainsKey(trainingId) ? View(trainingId) : null);

    /// <inheritdoc/>
    public async Task<Training> CreateAsync(Actor actor, TrainingInput input)
    {
        RequireStaff(actor);
        var id = "t" + Guid.NewGuid().ToString("N")[..10];
        catalog.State.Trainings[id] = TrainingRules.Check(input);
        catalog.State.Order.Add(id);
        await catalog.WriteStateAsync();
        return View(id);
    }

    /// <inheritdoc/>
    public async Task<Training> UpdateAsync(Actor actor, string trainingId, TrainingInput input)
    {
        RequireStaff(actor);
        if (!catalog.State.Trainings.ContainsKey(trainingId))
        {
            throw SupportException.NotFound("Deze vorming bestaat niet.");
        }

        catalog.State.Trainings[trainingId] = TrainingRules.Check(input);
        await catalog.WriteStateAsync();
        return View(trainingId);
    }

    /// <inheritdoc/>
    public async Task RecordSessionAsync(TrainingSessionSummary summary)
    {
        if (catalog.State.Sessions.TryGetValue(summary.Id, out var known) && known == summary)
        {
            return;
        }

        catalog.State.Sessions[summary.Id] = summary;
        await catalog.WriteStateAsync();
    }

    private static void RequireStaff(Actor actor)
    {
        if (!NetworkAccessPolicy.CanManageTrainings(actor))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers beheren het vormingsaanbod.");
        }
    }

    private Training View(string id) => new(
        id, catalog.State.Trainings[id],
        [.. catalog.State.Sessions.Values.Where(s => s.TrainingId == id).OrderBy(s => s.Details.StartsAt)]);
}
