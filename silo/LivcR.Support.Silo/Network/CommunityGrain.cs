using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Network;

/// <summary>
/// The members and meetings of one platform or group (key: <see cref="CommunityKeys"/>): checks the caller with
/// <see cref="CommunityAccess"/>, applies <see cref="MembershipRules"/> or <see cref="MeetingRules"/>, writes, then mails.
/// Groups send their summary to the group directory after each change.
/// </summary>
public sealed partial class CommunityGrain(
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
        CommunityAccess.RequireGroupConfigurer(actor, Key);
        State.Settings = MembershipRules.CheckGroupSettings(settings);
        await SaveAsync();
        return View();
    }

    /// <inheritdoc/>
    public async Task<IssuedInvitation> InviteAsync(Actor actor, InvitationInput input)
    {
        var now = clock.GetUtcNow();
        CommunityAccess.RequireManager(actor, Key, State);
        if (RequestKeys.Find(State.RequestKeys, input.RequestKey, now) is { } email && State.Invitations.LastOrDefault(i => i.Invitation.Email == email) is { } open)
        {
            // The code was mailed once and only its hash is kept: a repeat returns the invitation without a code.
            return new IssuedInvitation(string.Empty, open.Invitation);
        }

        var secret = InvitationSecret.New();
        var invitation = await ManageAsync(actor, () =>
        {
            var made = MembershipRules.Invite(State, input, actor.Email, now, mailer.InvitationLifetime, InvitationSecret.Hash(secret), municipalities.Find);
            RequestKeys.Remember(State.RequestKeys, input.RequestKey, made.Email, now);
            return made;
        });
        var code = CommunityKeys.InvitationCode(Key, secret);
        await SendAsync(invitation.Email, language => NetworkMailTexts.Invitation(language, invitation.Name, Name, mailer.InvitationLink(code), code, invitation.ExpiresAt));
        return new IssuedInvitation(code, invitation);
    }

    /// <inheritdoc/>
    public async Task<CommunityMember> AcceptInvitationAsync(string code)
    {
        var member = MembershipRules.AcceptCode(State, Key, code, clock.GetUtcNow());
        await SaveAsync();
        return member;
    }

    /// <inheritdoc/>
    public Task<CommunityInvitation?> FindInvitationAsync(string code) => Task.FromResult(MembershipRules.FindCode(State, Key, code));

    /// <inheritdoc/>
    public async Task<CommunityView> RemoveMemberAsync(Actor actor, string email)
    {
        await ManageAsync(actor, () => MembershipRules.Remove(State, email));
        return View();
    }

    /// <inheritdoc/>
    public async Task LeaveAsync(Actor actor)
    {
        MembershipRules.Leave(State, actor.Email);
        await SaveAsync();
    }

    /// <inheritdoc/>
    public async Task<JoinRequest> RequestToJoinAsync(Actor actor, string name, string? municipalityNisCode, string motivation)
    {
        var request = MembershipRules.Request(State, actor.Email, name, municipalityNisCode, motivation, clock.GetUtcNow());
        await SaveAsync();
        await SendAsync(mailer.StaffAddress, language => NetworkMailTexts.RequestForStaff(language, request, Name));
        await SendAsync(request.Email, language => NetworkMailTexts.RequestReceived(language, request.Name, Name));
        return request;
    }

    /// <inheritdoc/>
    public async Task<CommunityView> DecideJoinRequestAsync(Actor actor, string email, bool approve, string? reason)
    {
        var (request, why) = await ManageAsync(actor, () => MembershipRules.Decide(State, email, approve, reason, clock.GetUtcNow()));
        await SendAsync(request.Email, language => approve ? NetworkMailTexts.Approved(language, request.Name, Name) : NetworkMailTexts.Declined(language, request.Name, Name, why!));
        return View();
    }

    /// <inheritdoc/>
    public async Task<Meeting> PlanMeetingAsync(Actor actor, MeetingInput input)
    {
        var meeting = await ManageAsync(actor, () => MeetingRules.Plan(State, input, clock.GetUtcNow()));
        return await InviteMembersAsync(meeting, changed: false);
    }

    /// <inheritdoc/>
    public async Task<Meeting> UpdateMeetingAsync(Actor actor, string meetingId, MeetingInput input)
    {
        var (meeting, rescheduled) = await ManageAsync(actor, () => MeetingRules.Update(State, meetingId, input));
        return MeetingRules.NeedsNewInvitations(meeting, rescheduled, clock.GetUtcNow()) ? await InviteMembersAsync(meeting, changed: true) : meeting;
    }

    /// <inheritdoc/>
    public Task<Meeting> RecordAttendanceAsync(Actor actor, string meetingId, IReadOnlyList<string> attendees) =>
        ManageAsync(actor, () => MeetingRules.RecordAttendance(State, meetingId, attendees, clock.GetUtcNow()));

    private async Task<Meeting> InviteMembersAsync(Meeting meeting, bool changed)
    {
        var sent = 0;
        var now = clock.GetUtcNow();
        foreach (var member in State.Members.ToList())
        {
            var calendar = CalendarEvents.ForMeeting(Key, Name, meeting, mailer.SenderAddress, mailer.SenderName, member.Email, member.Name);
            sent += await SendAsync(member.Email, language => NetworkMailTexts.Meeting(language, member.Name, Name, meeting, changed), [ICalendarWriter.Attachment(calendar, now)]) ? 1 : 0;
        }

        var marked = MeetingRules.MarkInvited(State, meeting, sent);
        await SaveAsync();
        return marked;
    }

    /// <summary>Checks that the caller manages this community, applies the change, writes; returns what the change returned.</summary>
    private async Task<T> ManageAsync<T>(Actor actor, Func<T> change)
    {
        CommunityAccess.RequireManager(actor, Key, State);
        var result = change();
        await SaveAsync();
        return result;
    }

    private CommunityView View() => CommunityViews.View(Key, State);

    private Task<bool> SendAsync(string to, Func<MailLanguage, MailText> text, IReadOnlyList<OutboundAttachment>? attachments = null) =>
        mailer.SendAsync(to, text, OutboundMailKind.Network, Key, attachments);

    private async Task SaveAsync()
    {
        MembershipRules.DropExpiredInvitations(State, clock.GetUtcNow());
        await community.WriteStateAsync();
        if (CommunityViews.GroupSummary(Key, State) is { } summary)
        {
            await GrainFactory.GroupDirectory().RecordAsync(summary);
        }
    }
}
