using Orleans.Storage;

namespace LivcR.Support.Silo.Persistence;

/// <summary>
/// The support store as grains see it: Orleans' ADO.NET storage, except that the activation of a grain known to be new
/// (<see cref="NewGrainIds"/>) does not read — there is nothing to read, and a new ticket is most of the submission load.
/// </summary>
public sealed class NewGrainAwareStorage(IGrainStorage inner, NewGrainIds newGrains) : IGrainStorage
{
    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        newGrains.TryTake(grainId) ? Task.CompletedTask : inner.ReadStateAsync(stateName, grainId, grainState);

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.WriteStateAsync(stateName, grainId, grainState);

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
