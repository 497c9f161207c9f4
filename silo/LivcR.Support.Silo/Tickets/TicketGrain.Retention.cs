using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The ticket's side of privacy: anonymising itself when due, legal hold, and a person's erasure.</summary>
public sealed partial class TicketGrain
{
    /// <inheritdoc/>
    public async Task<bool> AnonymiseAsync(DateTimeOffset cutoff, int retentionMonths)
    {
        if (!TicketRetentionRules.IsDue(State, cutoff))
        {
            return false;
        }

        // What lives outside the state goes first: should the process stop before the write below, the ticket is still
        // due, so the next run purges again (finding nothing) and writes then. Never a state that says "anonymised" while
        // mail or attachment bytes remain.
        await ServiceProvider.GetRequiredService<RetentionStore>().PurgeTicketAsync(Number);
        await ServiceProvider.GetRequiredService<TicketWriteHooks>().StepAsync(TicketWriteStep.AfterRetentionPurge, Number);
        TicketRetentionRules.Anonymise(State, retentionMonths, clock.GetUtcNow());
        await SaveAsync();
        await ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(TicketActor.System.Email, "ticket.anonymise", $"ticket:{Number}", "silo", AuditOutcome.Ok);
        return true;
    }

    /// <inheritdoc/>
    public async Task<TicketView> SetLegalHoldAsync(TicketActor actor, bool hold, int? expectedVersion)
    {
        if (!State.Exists)
        {
            throw Contracts.Errors.SupportException.NotFound($"Er is geen ticket {Number}.");
        }

        TicketWorkflow.EnsureVersion(State, expectedVersion);
        return TicketRetentionRules.SetLegalHold(State, actor, hold, clock.GetUtcNow()) ? await SaveAsync(actor) : View(TicketAudience.Staff);
    }

    /// <inheritdoc/>
    public async Task<bool> ErasePersonAsync(string email)
    {
        if (!State.Exists || !Erasure.PersonErasureRules.Erase(State, email, clock.GetUtcNow()))
        {
            return false;
        }

        await SaveAsync();
        return true;
    }
}
