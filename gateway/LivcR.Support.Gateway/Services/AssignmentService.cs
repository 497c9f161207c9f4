using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Assignment;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;

namespace LivcR.Support.Gateway.Services;

/// <summary>The automatic assignment of new tickets: read by staff and administrators, configured by administrators.</summary>
public sealed class AssignmentService(IGrainFactory grains, CallerContext request, AuditLog audit)
{
    private IAssignmentGrain Grain => grains.GetGrain<IAssignmentGrain>(IAssignmentGrain.Key);

    /// <summary>The configuration (staff, administrators).</summary>
    public async Task<AssignmentView> GetAsync()
    {
        var actor = request.RequireActor();
        if (!actor.IsStaff && !actor.IsAdmin)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers en beheerders zien de automatische toewijzing.");
        }

        return await Grain.GetAsync();
    }

    /// <summary>Replaces mode and rules (administrators): every address must be a staff member, every category a known one.</summary>
    public async Task<AssignmentView> SaveAsync(AssignmentMode mode, IReadOnlyList<AssignmentRule> rules)
    {
        var actor = request.RequireActor();
        if (!AccessPolicy.CanManageCatalog(actor))
        {
            await audit.RecordAsync(actor.Email, "assignment.save", "assignment:helpdesk", request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel beheerders stellen de automatische toewijzing in.");
        }

        var catalog = await grains.TicketCatalog().GetAsync();
        foreach (var rule in rules)
        {
            if (rule.Category is { Length: > 0 } category && catalog.Categories.All(c => c.Key != category.Trim()))
            {
                throw SupportException.BadInput("rules", $"Er is geen categorie '{category}'.");
            }

            foreach (var email in rule.StaffEmails)
            {
                if ((await grains.Person(email.Trim()).GetAsync())?.Roles.Any(r => r.Role == Role.Staff) != true)
                {
                    throw SupportException.BadInput("rules", $"{email} is geen VVSG-medewerker.");
                }
            }
        }

        var saved = await Grain.SaveAsync(mode, rules);
        await audit.RecordAsync(actor.Email, "assignment.save", "assignment:helpdesk", request.Ip, AuditOutcome.Ok);
        return saved;
    }

    /// <summary>Marks a staff member absent or back (administrators, or staff for themselves); returns the tickets moved on.</summary>
    public async Task<IReadOnlyList<ReassignedTicket>> SetAbsentAsync(string email, bool absent)
    {
        var actor = request.RequireActor();
        var self = string.Equals(actor.Email, email.Trim(), StringComparison.OrdinalIgnoreCase);
        if (!actor.IsAdmin && !(actor.IsStaff && self))
        {
            await audit.RecordAsync(actor.Email, "assignment.absence", $"person:{email}", request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Je afwezigheid zet je zelf; die van een collega zet een beheerder.");
        }

        if ((await grains.Person(email.Trim()).GetAsync())?.Roles.Any(r => r.Role == Role.Staff) != true)
        {
            throw SupportException.BadInput("email", $"{email} is geen VVSG-medewerker.");
        }

        var moved = await Grain.SetAbsentAsync(email, absent);
        await audit.RecordAsync(actor.Email, absent ? "assignment.absent" : "assignment.back", $"person:{email.Trim().ToLowerInvariant()}", request.Ip, AuditOutcome.Ok);
        return moved;
    }
}
