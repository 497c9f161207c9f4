using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class ReferenceDataTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Municipality_SeededAtStart_KnowsNameProvinceAndPostalCode()
    {
        var gent = await fixture.Grains.Municipality("44021").GetAsync();

        Assert.Equal(new MunicipalityInfo("44021", "Gent", Province.OostVlaanderen, "9000"), gent);
    }

    [Fact]
    public async Task Municipality_NotAFlemishNisCode_IsNull() =>
        Assert.Null(await fixture.Grains.Municipality("21004").GetAsync());

    [Fact]
    public async Task ProvincialPlatforms_SeededAtStart_CoverEveryMunicipalityOnce()
    {
        var platforms = await Task.WhenAll(Provinces.All.Select(p => fixture.Grains.ProvincialPlatform(p).GetAsync()));

        Assert.All(platforms, Assert.NotNull);
        Assert.Equal(285, platforms.Sum(p => p!.Municipalities.Count));
        var limburg = platforms.Single(p => p!.Province == Province.Limburg)!;
        Assert.Equal("Provinciaal platform Limburg", limburg.Name);
        Assert.Equal(38, limburg.Municipalities.Count);
        Assert.All(limburg.Municipalities, m => Assert.Equal(Province.Limburg, m.Province));
    }

    [Fact]
    public async Task Seed_SameReferenceTwice_WritesOnlyOnce()
    {
        var reference = new MunicipalityInfo("11001", "Aartselaar", Province.Antwerpen, "2630");

        Assert.False(await fixture.Grains.Municipality("11001").SeedAsync(reference));
    }
}
