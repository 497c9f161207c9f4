namespace LivcR.Support.Contracts.Access;

/// <summary>
/// The access rules, in one place. Municipal users see their own municipality's tickets (a confidential one only when
/// they asked it); staff see all tickets; organisers and admins never see ticket content.
/// </summary>
public static class AccessPolicy
{
    /// <summary>May submit a question for this municipality: staff, or a person of that municipality.</summary>
    public static bool CanSubmitFor(Actor actor, string nisCode) => actor.IsStaff || actor.WorksFor(nisCode);

    /// <summary>May read the ticket's content.</summary>
    public static bool CanReadTicket(Actor actor, TicketAccess ticket) =>
        actor.IsStaff
        || (actor.WorksFor(ticket.MunicipalityNisCode)
            && (!ticket.Confidential || string.Equals(actor.Email, ticket.RequesterEmail, StringComparison.OrdinalIgnoreCase)));

    /// <summary>May mark the ticket confidential or not: staff, or the requester.</summary>
    public static bool CanChangeConfidentiality(Actor actor, TicketAccess ticket) =>
        actor.IsStaff
        || (actor.WorksFor(ticket.MunicipalityNisCode) && string.Equals(actor.Email, ticket.RequesterEmail, StringComparison.OrdinalIgnoreCase));

    /// <summary>May read the audit trail.</summary>
    public static bool CanReadAudit(Actor actor) => actor.IsStaff || actor.IsAdmin;

    /// <summary>May manage people and roles.</summary>
    public static bool CanManagePeople(Actor actor) => actor.IsAdmin;

    /// <summary>May add, rename or retire ticket categories and prevention levels.</summary>
    public static bool CanManageCatalog(Actor actor) => actor.IsAdmin;

    /// <summary>May use introspection outside Development.</summary>
    public static bool CanIntrospect(Actor? actor) => actor is not null && (actor.IsStaff || actor.IsAdmin);
}
