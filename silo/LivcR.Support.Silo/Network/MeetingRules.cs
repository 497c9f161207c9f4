using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Silo.Network;

/// <summary>Meetings of a platform or group: when and where, agenda and minutes, and who attended. No Orleans.</summary>
public static class MeetingRules
{
    /// <summary>Longest agenda.</summary>
    public const int MaxAgenda = 4000;

    /// <summary>Longest minutes (text; longer documents belong in a file elsewhere).</summary>
    public const int MaxMinutes = 20000;

    /// <summary>Checks and trims the input: a start before the end (at most 12 hours), a place or an http(s) link, an agenda.</summary>
    public static MeetingInput Check(MeetingInput input)
    {
        if (input.EndsAt <= input.StartsAt || input.EndsAt - input.StartsAt > TimeSpan.FromHours(12))
        {
            throw SupportException.BadInput("endsAt", "Een vergadering eindigt na het begin en duurt hoogstens 12 uur.");
        }

        var place = string.IsNullOrWhiteSpace(input.Place) ? null : MembershipRules.Text("place", input.Place, 1, 200, "De plaats is hoogstens 200 tekens lang.", singleLine: true);
        var link = string.IsNullOrWhiteSpace(input.OnlineLink) ? null : input.OnlineLink.Trim();
        if (link is not null && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || link.Length > 500))
        {
            throw SupportException.BadInput("onlineLink", "De onlinelink is een volledige http(s)-link.");
        }

        if (place is null && link is null)
        {
            throw SupportException.BadInput("place", "Geef een plaats of een onlinelink.");
        }

        var agenda = MembershipRules.Text("agenda", input.Agenda, 1, MaxAgenda, $"De agenda is 1 tot {MaxAgenda} tekens lang.", singleLine: false);
        var minutes = string.IsNullOrWhiteSpace(input.Minutes) ? null : MembershipRules.Text("minutes", input.Minutes, 1, MaxMinutes, $"Het verslag is hoogstens {MaxMinutes} tekens lang.", singleLine: false);
        return new MeetingInput(input.StartsAt, input.EndsAt, place, link, agenda, minutes);
    }

    /// <summary>Adds a meeting that starts in the future.</summary>
    public static Meeting Plan(CommunityState state, MeetingInput input, DateTimeOffset now)
    {
        var checkedInput = Check(input);
        if (checkedInput.StartsAt <= now)
        {
            throw SupportException.BadInput("startsAt", "Een nieuwe vergadering begint in de toekomst.");
        }

        var meeting = new Meeting($"m{state.NextMeeting++}", checkedInput.StartsAt, checkedInput.EndsAt, checkedInput.Place, checkedInput.OnlineLink,
            checkedInput.Agenda, checkedInput.Minutes, [], 0, 0);
        state.Meetings.Add(meeting);
        state.Meetings.Sort((a, b) => a.StartsAt.CompareTo(b.StartsAt));
        return meeting;
    }

    /// <summary>Changes a meeting; <c>Rescheduled</c> is true when time or place changed (the sequence goes up).</summary>
    public static (Meeting Meeting, bool Rescheduled) Update(CommunityState state, string meetingId, MeetingInput input)
    {
        var current = Find(state, meetingId);
        var checkedInput = Check(input);
        var rescheduled = current.StartsAt != checkedInput.StartsAt || current.EndsAt != checkedInput.EndsAt
            || current.Place != checkedInput.Place || current.OnlineLink != checkedInput.OnlineLink;
        var updated = current with
        {
            StartsAt = checkedInput.StartsAt,
            EndsAt = checkedInput.EndsAt,
            Place = checkedInput.Place,
            OnlineLink = checkedInput.OnlineLink,
            Agenda = checkedInput.Agenda,
            Minutes = checkedInput.Minutes,
            Sequence = rescheduled ? current.Sequence + 1 : current.Sequence,
        };
        Replace(state, current, updated);
        return (updated, rescheduled);
    }

    /// <summary>True when members get a new invitation after a change: time or place changed and the meeting is still ahead.</summary>
    public static bool NeedsNewInvitations(Meeting meeting, bool rescheduled, DateTimeOffset now) => rescheduled && meeting.StartsAt > now;

    /// <summary>Records who attended: members only, once the meeting has started.</summary>
    public static Meeting RecordAttendance(CommunityState state, string meetingId, IReadOnlyList<string> attendees, DateTimeOffset now)
    {
        var current = Find(state, meetingId);
        if (now < current.StartsAt)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Aanwezigheden worden genoteerd vanaf het begin van de vergadering.");
        }

        var present = new List<string>();
        foreach (var email in attendees.Select(a => a.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            if (!MembershipRules.IsMember(state, email))
            {
                throw SupportException.BadInput("attendees", $"{email} is geen lid.");
            }

            present.Add(email);
        }

        var updated = current with { Attendees = present };
        Replace(state, current, updated);
        return updated;
    }

    /// <summary>Notes how many invitations went out.</summary>
    public static Meeting MarkInvited(CommunityState state, Meeting meeting, int count)
    {
        var updated = meeting with { InvitationsSent = meeting.InvitationsSent + count };
        Replace(state, Find(state, meeting.Id), updated);
        return updated;
    }

    private static Meeting Find(CommunityState state, string meetingId) =>
        state.Meetings.FirstOrDefault(m => m.Id == meetingId.Trim()) ?? throw SupportException.NotFound("Deze vergadering bestaat niet.");

    private static void Replace(CommunityState state, Meeting current, Meeting updated)
    {
        state.Meetings[state.Meetings.IndexOf(current)] = updated;
        state.Meetings.Sort((a, b) => a.StartsAt.CompareTo(b.StartsAt));
    }
}
