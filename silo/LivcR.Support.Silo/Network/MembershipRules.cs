using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.Network;

/// <summary>
/// Who belongs to a platform or group: invitations (one open per address, with an expiry), acceptance, removal, join
/// requests with a decision, and the capacity of a group. Works on <see cref="CommunityState"/>; no Orleans.
/// </summary>
public static class MembershipRules
{
    /// <summary>True when the group has a capacity and has reached it.</summary>
    public static bool IsFull(CommunityState state) => state.Settings?.Capacity is { } capacity && state.Members.Count >= capacity;

    /// <summary>Checks a group's settings (staff create or change a group); a platform's settings are not edited this way.</summary>
    public static CommunitySettings CheckGroupSettings(CommunitySettings settings)
    {
        if (settings.Kind is not (CommunityKind.WorkingGroup or CommunityKind.KnowledgeGroup or CommunityKind.Intervision))
        {
            throw SupportException.BadInput("kind", "Kies WORKING_GROUP, KNOWLEDGE_GROUP of INTERVISION.");
        }

        var name = Text("name", settings.Name, 3, 120, "De naam is 3 tot 120 tekens lang, op één regel.", singleLine: true);
        var description = Text("description", settings.Description, 10, 4000, "De beschrijving is 10 tot 4000 tekens lang.", singleLine: false);
        if (settings.Capacity is { } capacity && capacity is < 1 or > 500)
        {
            throw SupportException.BadInput("capacity", "De capaciteit ligt tussen 1 en 500 (of laat ze leeg).");
        }

        return settings with { Name = name, Description = description, Province = null };
    }

    /// <summary>Records an invitation (replacing an open one for the same address) and returns it.</summary>
    public static CommunityInvitation Invite(
        CommunityState state, InvitationInput input, string by, DateTimeOffset now, TimeSpan lifetime, string secretHash, Func<string, MunicipalityInfo?> municipality)
    {
        var settings = Existing(state);
        var email = EmailAddressRule.Normalise(input.Email)?.ToLowerInvariant() ?? throw SupportException.BadInput("email", "Dit is geen geldig e-mailadres.");
        var name = Text("name", input.Name, 1, 100, "De naam is 1 tot 100 tekens lang.", singleLine: true);
        if (!Enum.IsDefined(input.Role))
        {
            throw SupportException.BadInput("role", "Onbekende rol.");
        }

        var nis = string.IsNullOrWhiteSpace(input.MunicipalityNisCode) ? null : input.MunicipalityNisCode.Trim();
        var found = nis is null ? null : municipality(nis) ?? throw SupportException.BadInput("municipalityNisCode", $"Er is geen Vlaamse gemeente met NIS-code {nis}.");
        if (settings.Kind == CommunityKind.Platform && (found is null || found.Province != settings.Province))
        {
            throw SupportException.BadInput("municipalityNisCode", "Leden van een provinciaal platform komen uit een gemeente van die provincie.");
        }

        if (IsMember(state, email))
        {
            throw new SupportException(SupportErrorCode.Conflict, "Deze persoon is al lid.");
        }

        if (IsFull(state))
        {
            throw new SupportException(SupportErrorCode.Conflict, "Deze groep is volzet.");
        }

        var invitation = new CommunityInvitation(email, name, nis, input.Role, by, now, now + lifetime);
        state.Invitations.RemoveAll(i => i.Invitation.Email == email);
        state.Invitations.Add(new StoredInvitation(invitation, secretHash));
        return invitation;
    }

    /// <summary>How long an expired invitation is still kept (and shown) before it is dropped.</summary>
    public static readonly TimeSpan ExpiredInvitationRetention = TimeSpan.FromDays(30);

    /// <summary>
    /// Accepts the invitation code sent for the community with this key. NOT_FOUND when the code is not one, belongs to
    /// another community or the community does not exist; otherwise as <see cref="Accept"/>.
    /// </summary>
    public static CommunityMember AcceptCode(CommunityState state, string key, string code, DateTimeOffset now)
    {
        var parsed = CommunityKeys.ParseInvitationCode(code);
        if (parsed is not { } p || p.Key != key || state.Settings is null)
        {
            throw SupportException.NotFound("Deze uitnodiging bestaat niet (meer).");
        }

        return Accept(state, p.Secret, now);
    }

    /// <summary>The invitation (open or expired) of this code for the community with this key, or null: nothing changes.</summary>
    public static CommunityInvitation? FindCode(CommunityState state, string key, string code) =>
        CommunityKeys.ParseInvitationCode(code) is { } p && p.Key == key && state.Settings is not null
            ? state.Invitations.FirstOrDefault(i => InvitationSecret.Matches(p.Secret, i.SecretHash))?.Invitation
            : null;

    /// <summary>Turns the invitation with this secret into a membership. NOT_FOUND, or CONFLICT when expired or full.</summary>
    public static CommunityMember Accept(CommunityState state, string secret, DateTimeOffset now)
    {
        var stored = state.Invitations.FirstOrDefault(i => InvitationSecret.Matches(secret, i.SecretHash))
            ?? throw SupportException.NotFound("Deze uitnodiging bestaat niet (meer).");
        var invitation = stored.Invitation;
        if (now >= invitation.ExpiresAt)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Deze uitnodiging is verlopen; vraag een nieuwe.");
        }

        var existing = state.Members.FirstOrDefault(m => m.Email == invitation.Email);
        if (existing is null && IsFull(state))
        {
            throw new SupportException(SupportErrorCode.Conflict, "Deze groep is intussen volzet.");
        }

        state.Invitations.Remove(stored);
        state.JoinRequests.RemoveAll(r => r.Email == invitation.Email);
        if (existing is not null)
        {
            return existing;
        }

        var member = new CommunityMember(invitation.Email, invitation.Name, invitation.MunicipalityNisCode, invitation.Role, now);
        state.Members.Add(member);
        return member;
    }

    /// <summary>Removes a member (also used when someone leaves). NOT_FOUND when the address is not a member.</summary>
    public static CommunityMember Remove(CommunityState state, string email)
    {
        var member = state.Members.FirstOrDefault(m => string.Equals(m.Email, email.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw SupportException.NotFound("Deze persoon is geen lid.");
        state.Members.Remove(member);
        return member;
    }

    /// <summary>A member leaves. NOT_FOUND when the community does not exist or the address is not a member.</summary>
    public static CommunityMember Leave(CommunityState state, string email)
    {
        Existing(state);
        return Remove(state, email);
    }

    /// <summary>Drops invitations that expired more than <see cref="ExpiredInvitationRetention"/> ago.</summary>
    public static void DropExpiredInvitations(CommunityState state, DateTimeOffset now) =>
        state.Invitations.RemoveAll(i => i.Invitation.ExpiresAt < now - ExpiredInvitationRetention);

    /// <summary>Records a join request. CONFLICT on a platform (they work by invitation), for a member, or when one is pending.</summary>
    public static JoinRequest Request(CommunityState state, string email, string name, string? municipalityNisCode, string motivation, DateTimeOffset now)
    {
        if (Existing(state).Kind == CommunityKind.Platform)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Een provinciaal platform werkt met uitnodigingen van de organisatoren.");
        }

        if (IsMember(state, email))
        {
            throw new SupportException(SupportErrorCode.Conflict, "Je bent al lid van deze groep.");
        }

        if (state.JoinRequests.Any(r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            throw new SupportException(SupportErrorCode.Conflict, "Je aanvraag is al ingediend en wacht op een beslissing.");
        }

        var request = new JoinRequest(
            email.ToLowerInvariant(), Text("name", name, 1, 100, "De naam is 1 tot 100 tekens lang.", singleLine: true), municipalityNisCode,
            Text("motivation", motivation, 10, 2000, "Je motivatie is 10 tot 2000 tekens lang.", singleLine: false), now);
        state.JoinRequests.Add(request);
        return request;
    }

    /// <summary>Approves (the requester becomes a member) or declines (a reason is required) a pending request.</summary>
    public static (JoinRequest Request, string? Reason) Decide(CommunityState state, string email, bool approve, string? reason, DateTimeOffset now)
    {
        var request = state.JoinRequests.FirstOrDefault(r => string.Equals(r.Email, email.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw SupportException.NotFound("Er is geen openstaande aanvraag van deze persoon.");
        var why = string.IsNullOrWhiteSpace(reason) ? null : Text("reason", reason, 1, 2000, "De reden is hoogstens 2000 tekens lang.", singleLine: false);
        if (!approve && why is null)
        {
            throw SupportException.BadInput("reason", "Geef een reden wanneer je een aanvraag weigert.");
        }

        if (approve)
        {
            if (IsFull(state))
            {
                throw new SupportException(SupportErrorCode.Conflict, "Deze groep is volzet; verhoog eerst de capaciteit.");
            }

            state.Members.Add(new CommunityMember(request.Email, request.Name, request.MunicipalityNisCode, MemberRole.Member, now));
            state.Invitations.RemoveAll(i => i.Invitation.Email == request.Email);
        }

        state.JoinRequests.Remove(request);
        return (request, why);
    }

    /// <summary>True when the address is a member.</summary>
    public static bool IsMember(CommunityState state, string email) =>
        state.Members.Any(m => string.Equals(m.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The settings of an existing community; NOT_FOUND while it does not exist.</summary>
    public static CommunitySettings Existing(CommunityState state) =>
        state.Settings ?? throw SupportException.NotFound("Dit platform of deze groep bestaat niet.");

    /// <summary>A trimmed text within bounds, or BAD_USER_INPUT on the field.</summary>
    internal static string Text(string field, string? value, int min, int max, string message, bool singleLine)
    {
        var text = value?.Trim() ?? string.Empty;
        var bad = text.Length < min || text.Length > max || text.Any(c => char.IsControl(c) && (singleLine || c is not ('\n' or '\r' or '\t')));
        return bad ? throw SupportException.BadInput(field, message) : text;
    }
}
