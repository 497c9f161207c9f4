namespace LivcR.Support.Client;

/// <summary>Everything stored about one person (schema type <c>PersonData</c>, GDPR art. 15).</summary>
/// <param name="Email">The address.</param>
/// <param name="ExportedAt">When the export was made.</param>
/// <param name="Name">Their name; null when the address has no profile.</param>
/// <param name="Roles">Their roles (erasure is refused while there are any).</param>
/// <param name="TicketCount">Tickets they asked, handle or wrote in.</param>
/// <param name="CommunityCount">Platforms and groups that name them.</param>
/// <param name="RegistrationCount">Training registrations.</param>
/// <param name="MailCount">Mail sent to them.</param>
/// <param name="AuditEntryCount">Audit entries by or about them.</param>
/// <param name="Json">The whole export as JSON.</param>
public sealed record PersonData(
    string Email,
    DateTimeOffset ExportedAt,
    string? Name,
    IReadOnlyList<RoleGrant> Roles,
    int TicketCount,
    int CommunityCount,
    int RegistrationCount,
    int MailCount,
    int AuditEntryCount,
    string Json);

/// <summary>What erasing a person changed (schema type <c>PersonErasure</c>, GDPR art. 17).</summary>
/// <param name="Email">The address erased.</param>
/// <param name="Tickets">Tickets on which the person became "Verwijderde gebruiker".</param>
/// <param name="Communities">Platforms and groups that no longer name them.</param>
/// <param name="Trainings">Training sessions whose registration lost their name and address.</param>
/// <param name="ProfileDeleted">Their profile was deleted.</param>
public sealed record PersonErasure(string Email, int Tickets, int Communities, int Trainings, bool ProfileDeleted);
