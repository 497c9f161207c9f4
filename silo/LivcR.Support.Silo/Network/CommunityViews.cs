using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Silo.Network;

/// <summary>What a platform or group shows of its <see cref="CommunityState"/>: the caller's view and the group directory's summary. No Orleans.</summary>
public static class CommunityViews
{
    /// <summary>The whole community, as the grain returns it; NOT_FOUND while it does not exist.</summary>
    public static CommunityView View(string key, CommunityState state) => new(
        key, MembershipRules.Existing(state), [.. state.Members], [.. state.Invitations.Select(i => i.Invitation)], [.. state.JoinRequests], [.. state.Meetings]);

    /// <summary>The line of a group in the group directory; null for a platform or a group that does not exist yet.</summary>
    public static GroupSummary? GroupSummary(string key, CommunityState state) =>
        CommunityKeys.ProvinceOf(key) is null && state.Settings is { } settings
            ? new GroupSummary(key["group/".Length..], settings, state.Members.Count, state.JoinRequests.Count)
            : null;
}
