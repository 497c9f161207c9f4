using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Contracts.Trainings;

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

    /// <summary>The people and meetings of a province's platform.</summary>
    public static ICommunityGrain PlatformCommunity(this IGrainFactory grains, Province province) =>
        grains.GetGrain<ICommunityGrain>(CommunityKeys.Platform(province));

    /// <summary>A group (working group, knowledge group, intervision) by slug.</summary>
    public static ICommunityGrain Group(this IGrainFactory grains, string slug) =>
        grains.GetGrain<ICommunityGrain>(CommunityKeys.Group(slug));

    /// <summary>The list of groups.</summary>
    public static IGroupDirectoryGrain GroupDirectory(this IGrainFactory grains) =>
        grains.GetGrain<IGroupDirectoryGrain>("groups");

    /// <summary>The training catalogue.</summary>
    public static ITrainingCatalogGrain TrainingCatalog(this IGrainFactory grains) =>
        grains.GetGrain<ITrainingCatalogGrain>("catalog");

    /// <summary>A training session by id.</summary>
    public static ITrainingSessionGrain TrainingSession(this IGrainFactory grains, string sessionId) =>
        grains.GetGrain<ITrainingSessionGrain>(sessionId);
}
