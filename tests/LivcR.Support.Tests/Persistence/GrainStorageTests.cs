using LivcR.Support.Silo.Persistence;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace LivcR.Support.Tests.Persistence;

/// <summary>
/// The grain store of a running standalone system (Orleans' ADO.NET provider on SQLite, writes group-committed, the
/// read of a known-new grain skipped), called as grains call it.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class GrainStorageTests(GatewayFixture fixture)
{
    private IGrainStorage Storage => fixture.Gateway.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Support);

    private NewGrainIds NewGrains => fixture.Gateway.Services.GetRequiredService<NewGrainIds>();

    [Fact]
    public async Task WrittenState_ReadBack_HasTheValueAndTheVersion()
    {
        var id = NewId();
        var written = new GrainState<string> { State = "eerste" };
        await Storage.WriteStateAsync("test", id, written);

        var read = new GrainState<string>();
        await Storage.ReadStateAsync("test", id, read);

        Assert.Equal("eerste", read.State);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task StaleVersion_Write_IsRefusedAndTheStoredStateStays()
    {
        var id = NewId();
        var first = new GrainState<string> { State = "v1" };
        await Storage.WriteStateAsync("test", id, first);
        var stale = new GrainState<string> { State = "stale", ETag = first.ETag };
        first.State = "v2";
        await Storage.WriteStateAsync("test", id, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("test", id, stale));

        Assert.Equal("v2", await ReadAsync(id));
    }

    [Fact]
    public async Task GrainMarkedNew_Activation_SkipsTheReadButCanStillBeWritten()
    {
        var id = NewId();
        NewGrains.Mark(id);

        var state = new GrainState<string>();
        await Storage.ReadStateAsync("test", id, state);
        state.State = "nieuw";
        await Storage.WriteStateAsync("test", id, state);

        Assert.Equal("nieuw", await ReadAsync(id));
        Assert.False(NewGrains.TryTake(id));
    }

    [Fact]
    public async Task GrainMarkedNewByMistake_FirstWrite_IsRefusedAndNothingIsOverwritten()
    {
        var id = NewId();
        await Storage.WriteStateAsync("test", id, new GrainState<string> { State = "bewaard" });
        NewGrains.Mark(id);

        var skipped = new GrainState<string>();
        await Storage.ReadStateAsync("test", id, skipped);
        Assert.Null(skipped.State);
        skipped.State = "overschreven";

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("test", id, skipped));
        Assert.Equal("bewaard", await ReadAsync(id));
    }

    private static GrainId NewId() => GrainId.Create("livcr-storage-test", Guid.NewGuid().ToString("N"));

    private async Task<string?> ReadAsync(GrainId id)
    {
        var state = new GrainState<string>();
        await Storage.ReadStateAsync("test", id, state);
        return state.State;
    }
}
