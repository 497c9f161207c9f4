using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Platforms;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.Platforms;

/// <summary>The provincial platform of one province.</summary>
public sealed class ProvincialPlatformGrain(
    [PersistentState(stateName: "provincial-platform", storageName: StorageNames.Support)] IPersistentState<ProvincialPlatformState> platform)
    : Grain, IProvincialPlatformGrain
{
    /// <inheritdoc/>
    public Task<ProvincialPlatformInfo?> GetAsync() => Task.FromResult(
        platform.State.Province is { } province
            ? new ProvincialPlatformInfo(province, $"Provinciaal platform {Provinces.DisplayName(province)}", platform.State.Municipalities)
            : null);

    /// <inheritdoc/>
    public async Task<bool> SeedAsync(Province province, IReadOnlyList<MunicipalityInfo> municipalities)
    {
        if (Provinces.Key(province) != this.GetPrimaryKeyString())
        {
            throw new ArgumentException("The reference data belongs to another province.", nameof(province));
        }

        if (platform.State.Province == province && platform.State.Municipalities.SequenceEqual(municipalities))
        {
            return false;
        }

        platform.State.Province = province;
        platform.State.Municipalities = [.. municipalities];
        await platform.WriteStateAsync();
        return true;
    }
}
