using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Privacy;
using LivcR.Support.Silo.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The ticket's side of privacy: screening a new question, staff redaction, anonymising itself when due, legal hold, a person's erasure.</summary>
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

    /// <inheritdoc/>
    public async Task<TicketView> RedactEntryAsync(TicketActor actor, int entryId, string text, int? expectedVersion)
    {
        Prepare(expectedVersion);
        var entry = TicketPersonalData.CheckRedaction(State, actor, entryId, text);
        // The mail's own copy (whole text, HTML) goes first: should the ticket's write fail, the same request can be repeated.
        if (entry.MailKey is { } mailKey)
        {
            await ServiceProvider.GetRequiredService<Mail.Intake.InboundMailStore>().RedactAsync(mailKey, text, PersonalDataText.Removed);
        }

        TicketPersonalData.Redact(State, actor, entry, text, clock.GetUtcNow());
        var view = await SaveAsync(actor);
        LogRedacted(logger, Number, entryId);
        return view;
    }

    /// <summary>A new ticket's subject and question after the screening for personal data (the requester's own address is theirs to give).</summary>
    private (NewTicket Ticket, IReadOnlyList<Contracts.Privacy.PersonalDataFlag> Found) Screen(NewTicket request)
    {
        var (texts, found) = privacy.ScreenAll([request.Subject, request.Body], request.Requester.Email);
        if (found.Count > 0)
        {
            LogPersonalData(logger, Number, string.Join(", ", found.Select(f => $"{f.Kind}:{f.Handling}:{f.Count}")));
        }

        var subject = texts[0].Length <= HelpdeskRequestValidator.MaxSubjectLength ? texts[0] : texts[0][..HelpdeskRequestValidator.MaxSubjectLength];
        return (request with { Subject = subject, Body = texts[1] }, found);
    }

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Ticket {TicketNumber}: personal data found in a new question ({Found})")]
    private static partial void LogPersonalData(ILogger logger, string ticketNumber, string found);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "Ticket {TicketNumber}: staff removed text from entry {EntryId}")]
    private static partial void LogRedacted(ILogger logger, string ticketNumber, int entryId);
}
