using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.Requests;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Municipalities;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>
/// Provincial platforms and groups: what a caller may see of them, and the changes (which the community grain checks
/// again with <see cref="NetworkAccessPolicy"/>). Every change is audited.
/// </summary>
public sealed class NetworkService(
    IGrainFactory grains, CallerContext request, MunicipalityDirectory municipalities, NetworkAudit audit, [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
{
    /// <summary>A province's platform: represented and not represented municipalities for everyone signed in; the inside for managers and members.</summary>
    public async Task<NetworkPlatform> PlatformAsync(Province province)
    {
        var actor = request.RequireActor();
        var view = await grains.PlatformCommunity(province).GetAsync() ?? throw SupportException.NotFound("Dit platform bestaat niet.");
        var isMember = view.HasMember(actor.Email);
        var canManage = NetworkAccessPolicy.CanManagePlatform(actor, province);
        var inside = NetworkAccessPolicy.CanSeePlatformInside(actor, province, isMember);
        var represented = view.Members.Select(m => m.MunicipalityNisCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var all = municipalities.All.Where(m => m.Province == province).OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new NetworkPlatform(
            province, view.Settings, all.Where(m => represented.Contains(m.NisCode)).ToList(), all.Where(m => !represented.Contains(m.NisCode)).ToList(),
            isMember, canManage, inside ? view.Members : null, inside ? view.Meetings : null, canManage ? view.Invitations : null);
    }

    /// <summary>The groups, optionally of one kind (descriptions only).</summary>
    public async Task<IReadOnlyList<GroupSummary>> GroupsAsync(CommunityKind? kind)
    {
        request.RequireActor();
        var all = await grains.GroupDirectory().ListAsync();
        return kind is { } k ? all.Where(g => g.Settings.Kind == k).ToList() : all;
    }

    /// <summary>A group as the caller may see it; NOT_FOUND when there is none.</summary>
    public async Task<NetworkGroup> GroupAsync(string slug)
    {
        var actor = request.RequireActor();
        var view = await GroupViewAsync(slug);
        var isMember = view.HasMember(actor.Email);
        var inside = NetworkAccessPolicy.CanSeeGroupInside(actor, isMember);
        var manage = NetworkAccessPolicy.CanManageGroups(actor);
        return new NetworkGroup(
            Slug(slug), view.Settings, view.Members.Count, isMember, manage,
            view.JoinRequests.FirstOrDefault(r => string.Equals(r.Email, actor.Email, StringComparison.OrdinalIgnoreCase)),
            inside ? view.Members : null, inside ? view.Meetings : null, manage ? view.Invitations : null, manage ? view.JoinRequests : null);
    }

    /// <summary>Staff: creates a group or changes its name, description, kind or capacity.</summary>
    public async Task<NetworkGroup> SaveGroupAsync(string slug, CommunitySettings settings)
    {
        var actor = request.RequireActor();
        var key = Slug(slug);
        await audit.RunAsync(actor, "group.save", $"group:{key}", () => grains.Group(key).ConfigureAsync(actor, settings));
        return await GroupAsync(key);
    }

    /// <summary>Invites someone to a platform (staff and the province's organisers); the invitee is mailed a code.</summary>
    public Task<CommunityInvitation> InviteToPlatformAsync(Province province, InvitationInput input) =>
        ChangeAsync(grains.PlatformCommunity(province), "platform.invite", Target(province), async (g, a) => (await g.InviteAsync(a, Scoped(a, input))).Invitation);

    /// <summary>Invites someone to a group (staff).</summary>
    public Task<CommunityInvitation> InviteToGroupAsync(string slug, InvitationInput input) =>
        ChangeAsync(Group(slug), "group.invite", $"group:{Slug(slug)}", async (g, a) => (await g.InviteAsync(a, Scoped(a, input))).Invitation);

    /// <summary>What an invitation code is for, without accepting it; NOT_FOUND for an unknown or used code. No sign-in needed.</summary>
    public async Task<InvitationPreview> InvitationAsync(string code)
    {
        var parsed = CommunityKeys.ParseInvitationCode(code) ?? throw SupportException.NotFound("Deze uitnodiging bestaat niet (meer).");
        var grain = grains.GetGrain<ICommunityGrain>(parsed.Key);
        var invitation = await grain.FindInvitationAsync(code);
        var view = invitation is null ? null : await grain.GetAsync();
        return invitation is null || view is null
            ? throw SupportException.NotFound("Deze uitnodiging bestaat niet (meer).")
            : new InvitationPreview(view.Settings, invitation, clock.GetUtcNow() >= invitation.ExpiresAt);
    }

    /// <summary>Accepts an invitation by its code; the code is the proof, so no sign-in is needed.</summary>
    public async Task<CommunityMember> AcceptInvitationAsync(string code)
    {
        var parsed = CommunityKeys.ParseInvitationCode(code) ?? throw SupportException.NotFound("Deze uitnodiging bestaat niet (meer).");
        var target = parsed.Key.Replace('/', ':');
        CommunityMember member;
        try
        {
            member = await grains.GetGrain<ICommunityGrain>(parsed.Key).AcceptInvitationAsync(code);
        }
        catch (SupportException refused)
        {
            await audit.RecordAsync(request.Actor?.Email ?? "anonymous", "network.accept-invitation", target, refused.Code == SupportErrorCode.NotFound ? AuditOutcome.Denied : AuditOutcome.Failed);
            throw;
        }

        // The code proved the invitee's mailbox: the row names them, whoever carried the code.
        await audit.RecordAsync(member.Email, "network.accept-invitation", target, AuditOutcome.Ok);
        return member;
    }

    /// <summary>Removes a member of a platform.</summary>
    public Task<bool> RemoveFromPlatformAsync(Province province, string email) =>
        ChangeAsync(grains.PlatformCommunity(province), "platform.remove-member", Target(province), async (g, a) => (await g.RemoveMemberAsync(a, email)) is not null);

    /// <summary>Removes a member of a group.</summary>
    public Task<bool> RemoveFromGroupAsync(string slug, string email) =>
        ChangeAsync(Group(slug), "group.remove-member", $"group:{Slug(slug)}", async (g, a) => (await g.RemoveMemberAsync(a, email)) is not null);

    /// <summary>The caller leaves a platform.</summary>
    public Task<bool> LeavePlatformAsync(Province province) =>
        ChangeAsync(grains.PlatformCommunity(province), "platform.leave", Target(province), async (g, a) => { await g.LeaveAsync(a); return true; });

    /// <summary>The caller leaves a group.</summary>
    public Task<bool> LeaveGroupAsync(string slug) =>
        ChangeAsync(Group(slug), "group.leave", $"group:{Slug(slug)}", async (g, a) => { await g.LeaveAsync(a); return true; });

    /// <summary>The caller asks to join a group with a motivation.</summary>
    public async Task<JoinRequest> RequestToJoinAsync(string slug, string motivation)
    {
        var actor = request.RequireActor();
        var name = (await grains.Person(actor.Email).GetAsync())?.Name ?? actor.Email;
        var municipality = actor.Municipalities.Take(2).ToList() is [var only] ? only : null;
        return await audit.RunAsync(actor, "group.request-to-join", $"group:{Slug(slug)}", async () =>
            await (await ExistingGroupAsync(slug)).RequestToJoinAsync(actor, name, municipality, motivation));
    }

    /// <summary>Staff approve or decline a join request.</summary>
    public async Task<NetworkGroup> DecideAsync(string slug, string email, bool approve, string? reason)
    {
        await ChangeAsync(Group(slug), approve ? "group.approve" : "group.decline", $"group:{Slug(slug)}", (g, a) => g.DecideJoinRequestAsync(a, email, approve, reason));
        return await GroupAsync(slug);
    }

    /// <summary>Plans a platform meeting (invitations are mailed).</summary>
    public Task<Meeting> PlanPlatformMeetingAsync(Province province, MeetingInput input) =>
        ChangeAsync(grains.PlatformCommunity(province), "platform.plan-meeting", Target(province), (g, a) => g.PlanMeetingAsync(a, input));

    /// <summary>Plans a group meeting.</summary>
    public Task<Meeting> PlanGroupMeetingAsync(string slug, MeetingInput input) =>
        ChangeAsync(Group(slug), "group.plan-meeting", $"group:{Slug(slug)}", (g, a) => g.PlanMeetingAsync(a, input));

    /// <summary>Changes a platform meeting (agenda, minutes, time, place).</summary>
    public Task<Meeting> UpdatePlatformMeetingAsync(Province province, string meetingId, MeetingInput input) =>
        ChangeAsync(grains.PlatformCommunity(province), "platform.update-meeting", Target(province), (g, a) => g.UpdateMeetingAsync(a, meetingId, input));

    /// <summary>Changes a group meeting.</summary>
    public Task<Meeting> UpdateGroupMeetingAsync(string slug, string meetingId, MeetingInput input) =>
        ChangeAsync(Group(slug), "group.update-meeting", $"group:{Slug(slug)}", (g, a) => g.UpdateMeetingAsync(a, meetingId, input));

    /// <summary>Records who attended a platform meeting.</summary>
    public Task<Meeting> RecordPlatformAttendanceAsync(Province province, string meetingId, IReadOnlyList<string> attendees) =>
        ChangeAsync(grains.PlatformCommunity(province), "platform.attendance", Target(province), (g, a) => g.RecordAttendanceAsync(a, meetingId, attendees));

    /// <summary>Records who attended a group meeting.</summary>
    public Task<Meeting> RecordGroupAttendanceAsync(string slug, string meetingId, IReadOnlyList<string> attendees) =>
        ChangeAsync(Group(slug), "group.attendance", $"group:{Slug(slug)}", (g, a) => g.RecordAttendanceAsync(a, meetingId, attendees));

    /// <summary>The invitation with its <c>clientRequestId</c> scoped to the caller.</summary>
    private static InvitationInput Scoped(Actor actor, InvitationInput input) => input with { RequestKey = ClientRequestIds.Scope(actor.Email, input.RequestKey) };

    private Task<T> ChangeAsync<T>(ICommunityGrain grain, string action, string target, Func<ICommunityGrain, Actor, Task<T>> change)
    {
        var actor = request.RequireActor();
        return audit.RunAsync(actor, action, target, () => change(grain, actor));
    }

    private async Task<CommunityView> GroupViewAsync(string slug) =>
        await Group(slug).GetAsync() ?? throw SupportException.NotFound("Deze groep bestaat niet.");

    private async Task<ICommunityGrain> ExistingGroupAsync(string slug)
    {
        await GroupViewAsync(slug);
        return Group(slug);
    }

    private ICommunityGrain Group(string slug) => grains.Group(Slug(slug));

    private static string Slug(string slug)
    {
        var clean = slug.Trim().ToLowerInvariant();
        return CommunityKeys.IsSlug(clean) ? clean : throw SupportException.BadInput("slug", "Een groepsnaam in de link bestaat uit 3 tot 60 kleine letters, cijfers en koppeltekens.");
    }

    private static string Target(Province province) => "platform:" + Provinces.Key(province);
}
