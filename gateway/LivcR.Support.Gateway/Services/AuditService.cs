using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;

namespace LivcR.Support.Gateway.Services;

/// <summary>Reads the audit trail (staff and admins); there is no way to change it.</summary>
public sealed class AuditService(CallerContext request, AuditLog audit)
{
    /// <summary>Who read or changed a ticket, newest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ForTicketAsync(string number)
    {
        Require();
        return TicketNumber.TryParse(number.Trim(), out var parsed)
            ? audit.ForTargetAsync($"ticket:{parsed}")
            : throw SupportException.BadInput("number", "Een ticketnummer ziet eruit als 2026-00042.");
    }

    /// <summary>What a person did, newest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ForPersonAsync(string email)
    {
        Require();
        return audit.ForActorAsync(PersonKeys.Normalise(email));
    }

    private void Require()
    {
        if (!AccessPolicy.CanReadAudit(request.RequireActor()))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers en beheerders lezen het auditspoor.");
        }
    }
}
