using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Profiles;

/// <summary>
/// The LIVC-R profile of one municipality (key: NIS code): validates with <see cref="LivcrProfileRules"/>, keeps the
/// history, writes, then updates the province's overview. Every activation re-sends its summary, so a missed overview
/// update is repaired.
/// </summary>
public sealed partial class LivcrProfileGrain(
    [PersistentState(stateName: "livcr-profile", storageName: StorageNames.Support)] IPersistentState<LivcrProfileState> profile,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    MunicipalityDirectory municipalities,
    ILogger<LivcrProfileGrain> logger) : Grain, ILivcrProfileGrain
{
    private string NisCode => this.GetPrimaryKeyString();

    /// <inheritdoc/>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (profile.State.Profile is not null)
        {
            await IndexSafelyAsync();
        }
    }

    /// <inheritdoc/>
    public Task<LivcrProfileView> GetAsync() => Task.FromResult(profile.State.Profile ?? LivcrProfileRules.Empty(NisCode));

    /// <inheritdoc/>
    public Task<IReadOnlyList<LivcrProfileChange>> HistoryAsync() =>
        Task.FromResult<IReadOnlyList<LivcrProfileChange>>([.. profile.State.History.AsEnumerable().Reverse()]);

    /// <inheritdoc/>
    public async Task<LivcrProfileView> UpdateAsync(Actor actor, LivcrProfileUpdate update)
    {
        if (municipalities.Find(NisCode) is null)
        {
            throw SupportException.NotFound($"Er is geen Vlaamse gemeente met NIS-code {NisCode}.");
        }

        if (!NetworkAccessPolicy.CanEditProfile(actor, NisCode))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel de gemeente zelf en VVSG passen dit LIVC-R-profiel aan.");
        }

        var current = await GetAsync();
        var now = clock.GetUtcNow();
        var next = LivcrProfileRules.Apply(current, update, actor.Email, now, nis => municipalities.Find(nis) is not null);
        var changes = LivcrProfileRules.Describe(current, next, municipalities.NameOf);
        if (changes.Count == 0)
        {
            return current;
        }

        profile.State.Profile = next;
        profile.State.History.Add(new LivcrProfileChange(now, actor.Email, next.Version, changes));
        if (profile.State.History.Count > LivcrProfileRules.MaxHistory)
        {
            profile.State.History.RemoveRange(0, profile.State.History.Count - LivcrProfileRules.MaxHistory);
        }

        await profile.WriteStateAsync();
        await IndexSafelyAsync();
        return next;
    }

    private async Task IndexSafelyAsync()
    {
        var view = profile.State.Profile!;
        var province = municipalities.Find(NisCode)?.Province;
        if (province is null)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<ILivcrProfileIndexGrain>(Provinces.Key(province.Value)).RecordAsync(new LivcrProfileSummary(
                view.NisCode, view.Status, view.SharedWithNisCode, view.CoachingTrack, view.LastOperationalMeeting, view.LastStrategicMeeting, view.UpdatedAt, view.Version));
        }
        catch (Exception failure) when (failure is not SupportException)
        {
            LogIndexFailed(logger, NisCode, failure);
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "LIVC-R profile {NisCode}: the province overview was not updated; the next activation repairs it")]
    private static partial void LogIndexFailed(ILogger logger, string nisCode, Exception exception);
}
