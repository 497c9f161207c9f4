using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Silo.Network;

/// <summary>
/// Who may change a platform or group, on top of <see cref="NetworkAccessPolicy"/>: the order of the checks (NOT_FOUND
/// before FORBIDDEN) and the Dutch messages. No Orleans.
/// </summary>
public static class CommunityAccess
{
    /// <summary>
    /// Staff, and for a provincial platform also that province's organisers. NOT_FOUND when the community does not exist,
    /// FORBIDDEN otherwise; returns the settings.
    /// </summary>
    public static CommunitySettings RequireManager(Actor actor, string key, CommunityState state)
    {
        var existing = MembershipRules.Existing(state);
        var allowed = CommunityKeys.ProvinceOf(key) is { } province
            ? NetworkAccessPolicy.CanManagePlatform(actor, province)
            : NetworkAccessPolicy.CanManageGroups(actor);
        return allowed ? existing : throw Forbidden(existing.Kind);
    }

    /// <summary>Only staff create or change a group; the five provincial platforms are fixed (CONFLICT).</summary>
    public static void RequireGroupConfigurer(Actor actor, string key)
    {
        if (!NetworkAccessPolicy.CanManageGroups(actor))
        {
            throw Forbidden(kind: null);
        }

        if (CommunityKeys.ProvinceOf(key) is not null)
        {
            throw new SupportException(SupportErrorCode.Conflict, "De vijf provinciale platformen liggen vast.");
        }
    }

    private static SupportException Forbidden(CommunityKind? kind) => new(
        SupportErrorCode.Forbidden,
        kind == CommunityKind.Platform ? "Enkel VVSG en de organisatoren van deze provincie beheren dit platform." : "Enkel VVSG-medewerkers beheren de groepen.");
}
