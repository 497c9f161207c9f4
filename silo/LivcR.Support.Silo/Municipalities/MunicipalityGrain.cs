using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.Municipalities;

/// <summary>One municipality (key: NIS code).</summary>
public sealed class MunicipalityGrain(
    [PersistentState(stateName: "municipality", storageName: StorageNames.Support)] IPersistentState<MunicipalityState> municipality)
    : Grain, IMunicipalityGrain
{
    /// <inheritdoc/>
    public Task<MunicipalityInfo?> GetAsync() => Task.FromResult(municipality.State.Info);

    /// <inheritdoc/>
    public async Task<bool> SeedAsync(MunicipalityInfo reference)
    {
        if (reference.NisCode != this.GetPrimaryKeyString())
        {
            throw new ArgumentException("The reference data belongs to another NIS code.", nameof(reference));
        }

        if (municipality.State.Info == reference)
        {
            return false;
        }

        municipality.State.Info = reference;
        await municipality.WriteStateAsync();
        return true;
    }
}
