using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Erasure;

namespace LivcR.Support.Gateway.Services.Privacy;

/// <summary>Everything stored about one person (GDPR art. 15), as the export's JSON holds it.</summary>
/// <param name="Email">The address asked for.</param>
/// <param name="ExportedAt">When the export was made.</param>
/// <param name="Person">Profile, roles, mail language and status; null when the address has no profile.</param>
/// <param name="Tickets">Tickets they asked, handle or wrote in.</param>
/// <param name="Communities">Platforms and groups that name them.</param>
/// <param name="Trainings">Their training registrations.</param>
/// <param name="Mail">Mail sent to them.</param>
/// <param name="Audit">Audit entries by them and about them.</param>
public sealed record PersonDataExport(
    string Email,
    DateTimeOffset ExportedAt,
    PersonView? Person,
    IReadOnlyList<PersonTicket> Tickets,
    IReadOnlyList<PersonCommunity> Communities,
    IReadOnlyList<PersonRegistration> Trainings,
    IReadOnlyList<PersonMail> Mail,
    IReadOnlyList<AuditEntry> Audit)
{
    /// <summary>True when nothing at all is stored about the address.</summary>
    public bool IsEmpty => Person is null && Tickets.Count == 0 && Communities.Count == 0 && Trainings.Count == 0 && Mail.Count == 0;
}

/// <summary>A ticket in a person's export: what it is, how they are on it, and what they wrote or uploaded.</summary>
/// <param name="Number">The ticket number.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Status">Its status.</param>
/// <param name="CreatedAt">When it was asked.</param>
/// <param name="AsRequester">They asked it.</param>
/// <param name="AsAssignee">They handle it.</param>
/// <param name="Entries">Their own entries and, when they asked it, every public message of the conversation (internal notes of VVSG are not part of the export).</param>
/// <param name="Attachments">The attachments they uploaded.</param>
public sealed record PersonTicket(
    string Number,
    string Subject,
    TicketStatus Status,
    DateTimeOffset CreatedAt,
    bool AsRequester,
    bool AsAssignee,
    IReadOnlyList<TicketEntryView> Entries,
    IReadOnlyList<TicketAttachmentView> Attachments);

/// <summary>A platform or group in a person's export.</summary>
/// <param name="Key">The community's key (<c>platform/limburg</c>, <c>group/kennisgroep</c>).</param>
/// <param name="Name">Its name.</param>
/// <param name="Membership">Their membership, if any.</param>
/// <param name="Invitation">An open invitation to them, if any.</param>
/// <param name="JoinRequest">Their open request to join, if any.</param>
/// <param name="MeetingsAttended">The meetings recorded as attended by them (start times).</param>
public sealed record PersonCommunity(
    string Key,
    string Name,
    CommunityMember? Membership,
    CommunityInvitation? Invitation,
    JoinRequest? JoinRequest,
    IReadOnlyList<DateTimeOffset> MeetingsAttended);

/// <summary>A training registration in a person's export.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Training">The training's title.</param>
/// <param name="StartsAt">When the session starts.</param>
/// <param name="Registration">The registration.</param>
public sealed record PersonRegistration(string SessionId, string Training, DateTimeOffset StartsAt, TrainingRegistration Registration);

/// <summary>What an erasure changed.</summary>
/// <param name="Email">The address erased.</param>
/// <param name="Tickets">Tickets on which the person became "Verwijderde gebruiker".</param>
/// <param name="Communities">Platforms and groups that no longer name them.</param>
/// <param name="Trainings">Training sessions whose registration lost their name and address.</param>
/// <param name="ProfileDeleted">Their profile (name, sign-in data, mail status) was deleted.</param>
public sealed record PersonErasureResult(string Email, int Tickets, int Communities, int Trainings, bool ProfileDeleted);
