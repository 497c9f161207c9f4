using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Contracts;

/// <summary>Typed access to the network-support grains, so their key formats live in one place.</summary>
public static partial class NetworkGrains
{
    /// <summary>The LIVC-R profile of a municipality.</summary>
    public static ILivcrProfileGrain LivcrProfile(this IGrainFactory grains, string nisCode) =>
        grains.GetGrain<ILivcrProfileGrain>(nisCode);

    /// <summary>The overview of a province's LIVC-R profiles.</summary>
    public static ILivcrProfileIndexGrain LivcrProfileIndex(this IGrainFactory grains, Province province) =>
        grains.GetGrain<ILivcrProfileIndexGrain>(Provinces.Key(province));
}
