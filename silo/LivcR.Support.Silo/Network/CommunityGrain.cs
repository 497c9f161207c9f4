using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Network;

/// <summary>
/// The members and meetings of one platform or group (key: <see cref="CommunityKeys"/>): checks the caller, applies
/// <see cref="MembershipRules"/> or <see cref="MeetingRules"/>, writes, then mails. Groups send their summary to the
/// group directory after each change.
/// </summary>
public sealed class CommunityGrain(
    [PersistentState(stateName: "community", storageName: StorageNames.Support)] IPersistentState<CommunityState> community,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    MunicipalityDirectory municipalities,
    NetworkMailer mailer) : Grain, ICommunityGrain
{
    private CommunityState State => community.State;

    private string Key => this.GetPrimaryKeyString();

    private string Name => State.Settings?.Name ?? Key;

    /// <inheritdoc/>
    public Task<CommunityView?> GetAsync() => Task.FromResult(State.Settings is null ? null : View());

    /// <inheritdoc/>
    public async Task<bool> SeedAsync(CommunitySettings settings)
    {
        if (State.Settings is not null)
        {
            return false;
        }

        State.Settings = settings;
        await SaveAsync();
        return true;
    }

    /// <inheritdoc/>
    public async Task<CommunityView> ConfigureAsync(Actor actor, CommunitySettings settings)
    {
        if (!NetworkAccessPolicy.CanManageGroups(actor))
        {
            throw Forbidden();
        }

        if (CommunityKeys.ProvinceOf(Key) is not null)
        {
            throw new SupportException(SupportErrorCode.Conflict, "De vijf provinciale platformen liggen vast.");
        }

        State.Settings = MembershipRules.CheckGroupSettings(settings);
        await SaveAsync();
        return View();
    }

    /// <inheritdoc/>
    public async Task<IssuedInvitation> InviteAsync(Actor actor, InvitationInput input)
    {
        RequireManager(actor);
        var secret = InvitationSecret.New();
        var invitation = MembershipRules.Invite(State, input, actor.Email, clock.GetUtcNow(), mailer.InvitationLifetime, InvitationSecret.Hash(secret), municipalities.Find);
        await SaveAsync();
        var code = CommunityKeys.InvitationCode(Key, secret);
        await mailer.SendAsync(invitation.Email, language => NetworkMailTexts.Invitation(language, invitation.Name, Name, mailer.InvitationLink(code), code, invitation.ExpiresAt), OutboundMailKind.Network, Key);
        return new IssuedInvitation(code, invitation);
    }

    /// <inheritdoc/>
    public async Task<CommunityMember> AcceptInvitationAsync(string code)
    {
        var parsed = CommunityKeys.ParseInvitationCode(code);
        if (parsed is not { } p || p.Key != Key || State.Settings is null)
        {
            throw SupportException.NotFound("Deze uitnodiging bestaat niet (meer).");
        }

        var member = MembershipRules.Accept(State, p.Secret, clock.GetUtcNow());
        await SaveAsync();
        return member;
    }

    /// <inheritdoc/>
    public async Task<CommunityView> RemoveMemberAsync(Actor actor, string email)
    {
        RequireManager(actor);
        MembershipRules.Remove(State, email);
        await SaveAsync();
        return View();
    }

    /// <inheritdoc/>
    public async Task LeaveAsync(Actor actor)
    {
        Existing();
        MembershipRules.Remove(State, actor.Email);
        await SaveAsync();
    }

    /// <inheritdoc/>
    public async Task<JoinRequest> RequestToJoinAsync(Actor actor, string name, string? municipalityNisCode, string motivation)
    {
        Existing();
        var request = MembershipRules.Request(State, actor.Email, name, municipalityNisCode, motivation, clock.GetUtcNow());
        await SaveAsync();
        await mailer.SendAsync(mailer.StaffAddress, language => NetworkMailTexts.RequestForStaff(language, request, Name), OutboundMailKind.Network, Key);
        await mailer.SendAsync(request.Email, language => NetworkMailTexts.RequestReceived(language, request.Name, Name), OutboundMailKind.Network, Key);
        return request;
    }

    /// <inheritdoc/>
    public async Task<CommunityView> DecideJoinRequestAsync(Actor actor, string email, bool approve, string? reason)
    {
        RequireManager(actor);
        var (request, why) = MembershipRules.Decide(State, email, approve, reason, clock.GetUtcNow());
        await SaveAsync();
        await mailer.SendAsync(
            request.Email,
            language => approve ? NetworkMailTexts.Approved(language, request.Name, Name) : NetworkMailTexts.Declined(language, request.Name, Name, why!),
            OutboundMailKind.Network,
            Key);
        return View();
    }

    /// <inheritdoc/>
    public async Task<Meeting> PlanMeetingAsync(Actor actor, MeetingInput input)
    {
        RequireManager(actor);
        var meeting = MeetingRules.Plan(State, input, clock.GetUtcNow());
        await SaveAsync();
        return await InviteMembersAsync(meeting, changed: false);
    }

    /// <inheritdoc/>
    public async Task<Meeting> UpdateMeetingAsync(Actor actor, string meetingId, MeetingInput input)
    {
        RequireManager(actor);
        var (meeting, rescheduled) = MeetingRules.Update(State, meetingId, input);
        await SaveAsync();
        return rescheduled && meeting.StartsAt > clock.GetUtcNow() ? await InviteMembersAsync(meeting, changed: true) : meeting;
    }

    /// <inheritdoc/>
    public async Task<Meeting> RecordAttendanceAsync(Actor actor, string meetingId, IReadOnlyList<string> attendees)
    {
        RequireManager(actor);
        var meeting = MeetingRules.RecordAttendance(State, meetingId, attendees, clock.GetUtcNow());
        await SaveAsync();
        return meeting;
    }

    private async Task<Meeting> InviteMembersAsync(Meeting meeting, bool changed)
    {
        var sent = 0;
        var now = clock.GetUtcNow();
        foreach (var member in State.Members.ToList())
        {
            var calendar = new CalendarEvent(
                $"{Key.Replace('/', '-')}-{meeting.Id}@livcr-support", meeting.StartsAt, meeting.EndsAt, Name, meeting.Agenda,
                string.Join(" – ", new[] { meeting.Place, meeting.OnlineLink }.Where(w => w is not null)), meeting.Sequence,
                mailer.SenderAddress, mailer.SenderName, member.Email, member.Name);
            sent += await mailer.SendAsync(member.Email, language => NetworkMailTexts.Meeting(language, member.Name, Name, meeting, changed), OutboundMailKind.Network, Key,
                [ICalendarWriter.Attachment(calendar, now)]) ? 1 : 0;
        }

        var marked = MeetingRules.MarkInvited(State, meeting, sent);
        await SaveAsync();
        return marked;
    }

    private void RequireManager(Actor actor)
    {
        var settings = Existing();
        var allowed = CommunityKeys.ProvinceOf(Key) is { } province
            ? NetworkAccessPolicy.CanManagePlatform(actor, province)
            : NetworkAccessPolicy.CanManageGroups(actor);
        if (!allowed)
        {
            throw Forbidden(settings);
        }
    }

    private CommunitySettings Existing() => State.Settings ?? throw SupportException.NotFound("Dit platform of deze groep bestaat niet.");

    private static SupportException Forbidden(CommunitySettings? settings = null) => new(
        SupportErrorCode.Forbidden,
        settings?.Kind == CommunityKind.Platform ? "Enkel VVSG en de organisatoren van deze provincie beheren dit platform." : "Enkel VVSG-medewerkers beheren de groepen.");

    private CommunityView View() => new(
        Key, State.Settings!, [.. State.Members], [.. State.Invitations.Select(i => i.Invitation)], [.. State.JoinRequests], [.. State.Meetings]);

    private async Task SaveAsync()
    {
        State.Invitations.RemoveAll(i => i.Invitation.ExpiresAt < clock.GetUtcNow() - TimeSpan.FromDays(30));
        await community.WriteStateAsync();
        if (CommunityKeys.ProvinceOf(Key) is null && State.Settings is { } settings)
        {
            await GrainFactory.GroupDirectory().RecordAsync(new GroupSummary(Key["group/".Length..], settings, State.Members.Count, State.JoinRequests.Count));
        }
    }
}
