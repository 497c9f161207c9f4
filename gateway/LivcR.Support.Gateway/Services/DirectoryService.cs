using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Platforms;
using LivcR.Support.Gateway.Auth;

namespace LivcR.Support.Gateway.Services;

/// <summary>Municipalities and provincial platforms, read from their grains.</summary>
public sealed class DirectoryService(IGrainFactory grains, CallerContext request)
{
    /// <summary>The municipalities of one province, or of all five, sorted by name within each province.</summary>
    public async Task<IReadOnlyList<MunicipalityInfo>> MunicipalitiesAsync(Province? province)
    {
        request.RequireActor();
        var platforms = await PlatformsAsync(province is { } p ? [p] : Provinces.All);
        return platforms.SelectMany(p => p.Municipalities).ToList();
    }

    /// <summary>One municipality; NOT_FOUND when the NIS code is not a Flemish municipality.</summary>
    public async Task<MunicipalityInfo> MunicipalityAsync(string nisCode)
    {
        request.RequireActor();
        var code = nisCode.Trim();
        if (code.Length != 5 || !code.All(char.IsAsciiDigit))
        {
            throw SupportException.BadInput("nisCode", "De NIS-code moet uit vijf cijfers bestaan (bv. 11002).");
        }

        return await grains.Municipality(code).GetAsync()
            ?? throw SupportException.NotFound($"Er is geen Vlaamse gemeente met NIS-code {code}.");
    }

    /// <summary>The municipalities named in a person's MUNICIPAL roles.</summary>
    public async Task<IReadOnlyList<MunicipalityInfo>> MunicipalitiesOfAsync(IEnumerable<RoleGrant> roles)
    {
        var found = await Task.WhenAll(roles.Where(r => r.Role == Role.Municipal).Select(r => grains.Municipality(r.Scope!).GetAsync()));
        return found.OfType<MunicipalityInfo>().ToList();
    }

    /// <summary>The five provincial platforms.</summary>
    public Task<IReadOnlyList<ProvincialPlatformInfo>> ProvincialPlatformsAsync()
    {
        request.RequireActor();
        return PlatformsAsync(Provinces.All);
    }

    private async Task<IReadOnlyList<ProvincialPlatformInfo>> PlatformsAsync(IEnumerable<Province> provinces)
    {
        var platforms = await Task.WhenAll(provinces.Select(p => grains.ProvincialPlatform(p).GetAsync()));
        return platforms.OfType<ProvincialPlatformInfo>().ToList();
    }
}
